// The validator library ships JavaScript without type declarations. Its modules are declared
// untyped here and given their types where they are imported (lib-tests.ts, cwe.ts).
declare module '@secvisogram/csaf-validator-lib/*';
