// Firefox ESR (Gecko) over WebDriver BiDi: the smoke suite (smoke.ts).
import { describe } from 'vitest';
import { firefox } from '../harness/engines.ts';
import { smokeSuite } from './smoke.ts';

describe('Firefox ESR', () => smokeSuite((origin) => firefox(origin)));
