import { appChecks } from './app-checks.js';
import { closePages, requireBuilt } from './frame.js';

describe('examples/react (React 19, no wrapper)', () => {
  before(async () => {
    await requireBuilt('/dist/occ-elements.js', 'npm run build');
    await requireBuilt('/examples/react/dist/app.js', 'npm run build:examples');
  });
  afterEach(closePages);

  appChecks('/examples/react/index.html', {
    data: 'data={profile}',
    events: 'onocc-load={…}',
    select: 'onocc-select={…}',
  });
});
