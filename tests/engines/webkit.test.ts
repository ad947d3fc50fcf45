// WebKitGTK (WebKit, the engine of every browser on an iPhone) through WebKitWebDriver under Xvfb: the smoke
// suite (smoke.ts). Its pages are laid out in a 360 px frame of the offline page (tests/harness/engines.ts says why).
import { describe } from 'vitest';
import { webkit } from '../harness/engines.ts';
import { shellUrls } from '../../src/site/urls.ts';
import { smokeSuite } from './smoke.ts';

describe('WebKitGTK', () => smokeSuite((origin) => webkit(origin, shellUrls.offline)));
