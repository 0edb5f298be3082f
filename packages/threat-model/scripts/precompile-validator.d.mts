/** The source of the precompiled threat-model validator, as the script would write it. */
export function generateValidator(): Promise<string>;
