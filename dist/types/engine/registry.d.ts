import type { ProtocolPlugin, Scenario } from './types.js';
export interface Registry {
    /** The plugin for a step kind; throws naming the registered ones when unknown. */
    get(name: string): ProtocolPlugin;
    has(name: string): boolean;
    names(): string[];
}
export declare function createRegistry(plugins: Iterable<ProtocolPlugin>): Registry;
/** Fails before the run starts if a step needs a protocol that is not registered. */
export declare function checkProtocols(scenario: Scenario, registry: Registry): void;
