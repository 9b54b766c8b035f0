import type { LoadOverrides, Scenario } from '../engine/types.js';
import type { Locator } from './collector.js';
/** Loads, validates and overrides a scenario. Throws ValidationError (exit 2) listing every issue. */
export declare function loadScenario(file: string, overrides?: LoadOverrides): Promise<Scenario>;
/** YAML with positions: every issue can name its line. */
export declare function parseYaml(file: string, text: string): {
    value: unknown;
    locate: Locator;
};
/** JSON: parsed with JSON.parse (its own error positions), located with the YAML parser (JSON ⊂ YAML 1.2). */
export declare function parseJson(file: string, text: string): {
    value: unknown;
    locate: Locator;
};
