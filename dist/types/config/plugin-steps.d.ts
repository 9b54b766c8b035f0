import type { Registry } from '../engine/registry.js';
import type { Scenario } from '../engine/types.js';
/** Parses every plugin step of the scenario in place (step.spec); throws ValidationError listing every issue. */
export declare function parsePluginSteps(scenario: Scenario, registry: Registry): void;
