import type { LoadOverrides, Scenario } from '../engine/types.js';
/**
 * Returns a copy of the scenario with the overrides applied. Overrides are validated too
 * (`--host: expected …`), so a bad flag exits 2 like a bad file.
 */
export declare function applyOverrides(scenario: Scenario, o: LoadOverrides): Scenario;
