/**
 * Python's text forms, so our CSVs read byte for byte like Locust's (which writes Python objects
 * through the csv module): float repr, str repr, and the '%f' used by the history file.
 */
/** repr(float): shortest round-trip digits, always a '.0' or exponent, exponent form below 1e-4 or from 1e16. */
export declare function pyFloat(x: number): string;
/** str(int). */
export declare function pyInt(x: number): string;
/** '%f' (six decimals). JS toFixed and Python agree: exact ties cannot occur at six decimals in binary. */
export declare function pyFixed6(x: number): string;
/** repr(str): single quotes unless the text has ' and no ", backslash escapes, \xNN/\uNNNN for the rest. */
export declare function pyRepr(s: string): string;
