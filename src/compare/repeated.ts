export function compareRepeated() {}; export type RepeatedInput = 1; export type RepeatedOptions = 1
