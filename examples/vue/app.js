/* global fetch, document */
// A Vue 3 app without a build step. Vue's ES module browser build (with the template compiler)
// comes from this repository's node_modules; on a live site use the CDN instead:
//   import { createApp, ref, shallowRef } from 'https://unpkg.com/vue@3/dist/vue.esm-browser.prod.js';
import { createApp, ref, shallowRef } from '../../node_modules/vue/dist/vue.esm-browser.prod.js';

const PROFILE = '/data/editions/2019-20/29-2071.json';
const MISSING = '/data/no-such-occupation.json';

const app = createApp({
  setup() {
    // shallowRef: hand the element the plain profile object, not a reactive proxy of it.
    const profile = shallowRef(null);
    const fetchError = ref('');
    const payUrl = ref(PROFILE);
    const hourly = ref(false);
    const events = ref([]);

    fetch(PROFILE)
      .then((response) => response.json())
      .then((json) => (profile.value = json))
      .catch((error) => (fetchError.value = error.message));

    const tagOf = (event) => `<${event.currentTarget.localName}>`;
    const onLoad = (event) =>
      events.value.push(`Loaded: ${tagOf(event)} ${event.detail.profile.occupation.title}`);
    const onError = (event) =>
      events.value.push(`Error: ${tagOf(event)} ${event.detail.error.message}`);
    const togglePayUrl = () => (payUrl.value = payUrl.value === PROFILE ? MISSING : PROFILE);

    return { PROFILE, profile, fetchError, payUrl, hourly, events, onLoad, onError, togglePayUrl };
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
      <p v-else>{{ fetchError ? 'Could not fetch the profile: ' + fetchError : 'Fetching the profile…' }}</p>

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
