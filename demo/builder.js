// The embed builder page (demo/builder.html): see demo/builder/app.js.
import { startBuilder } from './builder/app.js';

startBuilder(document.getElementById('builder'));
