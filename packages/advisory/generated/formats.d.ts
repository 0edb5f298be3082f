declare const formats: Record<string, unknown>;
export default formats;
