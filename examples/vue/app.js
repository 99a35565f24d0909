/* global fetch, document, location, URL */
// A Vue 3 app without a build step. Vue's ES module browser build (with the template compiler)
// comes from this repository's node_modules; on a live site use the CDN instead:
//   import { createApp, ref, shallowRef } from 'https://unpkg.com/vue@3/dist/vue.esm-browser.prod.js';
import { createApp, ref, shallowRef } from '../../node_modules/vue/dist/vue.esm-browser.prod.js';

const PROFILE = '/data/29-2072.json';
const MISSING = '/data/no-such-occupation.json';
/** The 2024-34 dataset's index: the finder lists it, the comparison's menu adds from it. */
const INDEX = '/data/index.json';
/** The comparison's first occupations: the two that succeed 29-2071 (the 2019-20 reference) in the 2024-34 edition. */
const COMPARED = ['/data/29-2072.json', '/data/29-9021.json'];
/** `<occ-compare>` shows at most four occupations. */
const MAX_COMPARED = 4;

/** What an element loaded, in words: a profile's title, the finder's index, the comparison's titles. */
const loaded = (detail) =>
  detail.index
    ? `${detail.index.occupations.length} occupations`
    : detail.profiles
      ? detail.profiles.map((profile) => profile.occupation.title).join(', ')
      : detail.profile.occupation.title;
/** Two URLs name the same file (the comparison gives the ones its menu adds in full). */
const sameFile = (a, b) => new URL(a, location.href).href === new URL(b, location.href).href;

// The profile the app passes as `data`, fetched before the app mounts (as a router's loader
// would): the first paint already shows it, so nothing on the page moves when it arrives.
const fetched = await fetch(PROFILE)
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  })
  .catch((error) => error);

const app = createApp({
  setup() {
    // shallowRef: hand the element the plain profile object, not a reactive proxy of it.
    const profile = shallowRef(fetched instanceof Error ? null : fetched);
    const fetchError = ref(fetched instanceof Error ? fetched.message : '');
    const payUrl = ref(PROFILE);
    const hourly = ref(false);
    const compared = ref(COMPARED);
    const events = ref([]);

    const tagOf = (event) => `<${event.currentTarget.localName}>`;
    const onLoad = (event) => events.value.push(`Loaded: ${tagOf(event)} ${loaded(event.detail)}`);
    const onError = (event) =>
      events.value.push(`Error: ${tagOf(event)} ${event.detail.error.message}`);
    const togglePayUrl = () => (payUrl.value = payUrl.value === PROFILE ? MISSING : PROFILE);
    // The app routes instead of following the finder's link: the occupation joins the comparison
    // (the oldest one makes room when four are shown).
    const onSelect = (event) => {
      event.preventDefault();
      const url = `/data/${event.detail.entry.file}`;
      if (!compared.value.some((other) => sameFile(other, url)))
        compared.value = [...compared.value, url].slice(-MAX_COMPARED);
      events.value.push(`Selected: ${tagOf(event)} ${event.detail.entry.title}`);
    };
    // The reader added or removed an occupation inside the comparison: the state follows.
    const onCompareChange = (event) => (compared.value = event.detail.src);

    return {
      PROFILE,
      INDEX,
      profile,
      fetchError,
      payUrl,
      hourly,
      compared,
      events,
      onLoad,
      onError,
      togglePayUrl,
      onSelect,
      onCompareChange,
    };
  },

  // `.data` / `:data.prop` bind a property; `@occ-load` listens to the `occ-load` event.
  template: `
    <main>
      <h1>occ-elements in Vue 3</h1>
      <p>
        Vue binds <code>:data.prop</code> as a property and listens with <code>@occ-load</code>
        and <code>@occ-error</code>.
      </p>

      <h2><code>:data.prop</code></h2>
      <occ-quick-facts
        v-if="profile"
        :data.prop="profile"
        @occ-load="onLoad"
        @occ-error="onError"
      ></occ-quick-facts>
      <p v-else>Could not fetch the profile: {{ fetchError }}</p>

      <h2><code>src</code>, bound to state</h2>
      <div class="controls">
        <label><input type="checkbox" v-model="hourly" /> Hourly wages</label>
        <button type="button" @click="togglePayUrl">
          {{ payUrl === PROFILE ? 'Point at a missing profile' : 'Back to the profile' }}
        </button>
      </div>
      <occ-pay-chart
        :src="payUrl"
        :basis.prop="hourly ? 'hourly' : 'annual'"
        hide-industries
        @occ-load="onLoad"
        @occ-error="onError"
      ></occ-pay-chart>

      <occ-outlook :src="PROFILE" @occ-load="onLoad" @occ-error="onError"></occ-outlook>

      <h2>Find, then compare</h2>
      <!-- loading="lazy": the loader defines these two when the reader comes near them. -->
      <p>
        The 2024-34 Handbook. Choose an occupation in the finder: the app cancels
        <code>occ-select</code> and adds it to the comparison below instead of leaving the page.
        <code>@occ-compare-change</code> keeps the app’s list when the reader adds or removes one.
      </p>
      <occ-finder
        loading="lazy"
        :src="INDEX"
        query="health"
        sort="growth"
        :limit.prop="8"
        @occ-select="onSelect"
        @occ-load="onLoad"
        @occ-error="onError"
      ></occ-finder>
      <occ-compare
        loading="lazy"
        :src="compared.join(' ')"
        :index="INDEX"
        @occ-compare-change="onCompareChange"
        @occ-load="onLoad"
        @occ-error="onError"
      ></occ-compare>

      <h2>Events</h2>
      <ol id="events" aria-live="polite">
        <li v-for="(line, index) in events" :key="index">{{ line }}</li>
      </ol>
    </main>
  `,
});

// Tell Vue's template compiler that occ-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('occ-');
app.mount(document.getElementById('app'));
