import { appChecks } from './app-checks.js';
import { closePages, requireBuilt } from './frame.js';

describe('examples/vue (Vue 3, no build step)', () => {
  before(async () => {
    await requireBuilt('/dist/occ-elements.js', 'npm run build');
    await requireBuilt('/node_modules/vue/dist/vue.esm-browser.prod.js', 'npm install');
  });
  afterEach(closePages);

  appChecks('/examples/vue/index.html', {
    data: ':data.prop="profile"',
    events: '@occ-load="…"',
    select: '@occ-select="…"',
  });
});
