/**
 * The project dictionary of the spell check (CSAF informative test 6.3.8): the words of
 * industrial security advisories that general dictionaries lack, shipped with Evident, plus the
 * repository's own words. The spell checker's findings for these words are dropped, so the
 * check works with stock dictionaries (hunspell-en-us) and writes no file.
 */
import type { SpellChecker } from '@evident/core';

/** Where a repository keeps its own words, one a line (`#` starts a comment), from its root. */
export const projectDictionaryPath = '.evident/dictionary.txt';

/**
 * The words Evident ships: spell checkers split text into words at spaces, slashes and hyphens, so
 * `EtherNet/IP` is `EtherNet` and `IP`, `OPC UA` is `OPC` and `UA`. Written as used: a word in
 * lower case also accepts its Capitalized and UPPER CASE forms, an acronym only itself.
 */
export const domainWords: readonly string[] = Object.freeze([
  // Advisories, vulnerability handling and their formats
  'advisories',
  'CERT',
  'CSAF',
  'CVE',
  'CVEs',
  'CVRF',
  'CVSS',
  'CWE',
  'CWEs',
  'cybersecurity',
  'DoS',
  'exploitability',
  'firmware',
  'mitigations',
  'NVD',
  'OpenVEX',
  'OSV',
  'PoC',
  'ProductCERT',
  'PSIRT',
  'PSIRTs',
  'SBOM',
  'SBOMs',
  'CycloneDX',
  'SPDX',
  'TLP',
  'untrusted',
  'VEX',
  'XSS',
  'XXE',
  // Industrial automation
  'DCS',
  'HMI',
  'HMIs',
  'ICS',
  'IIoT',
  'OT',
  'PLC',
  'PLCs',
  'RTU',
  'RTUs',
  'SCADA',
  'SIS',
  // Industrial protocols and standards
  'BACnet',
  'CANopen',
  'DNP3',
  'EtherCAT',
  'EtherNet',
  'HART',
  'IEC',
  'ISA',
  'ISASecure',
  'KNX',
  'Modbus',
  'MQTT',
  'OPC',
  'POWERLINK',
  'PROFIBUS',
  'PROFINET',
  'PROFIsafe',
  'UA',
  // IT protocols and software an advisory names
  'BusyBox',
  'FreeRTOS',
  'HTTPS',
  'libcurl',
  'lwIP',
  'NTLM',
  'OpenSSL',
  'SMTP',
  'SNMP',
  'TCP',
  'TLS',
  'UDP',
  'VPN',
  'VPNs',
  'VxWorks',
  'Yocto',
  'Zephyr',
  // Product families common in industrial advisories
  'CODESYS',
  'CompactLogix',
  'ControlLogix',
  'EcoStruxure',
  'FactoryTalk',
  'MELSEC',
  'Modicon',
  'RUGGEDCOM',
  'SCALANCE',
  'SIMATIC',
  'SINEC',
  'SINEMA',
]);

/** The words of a word-list file: one a line, blank lines and `#` comments ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((word) => word !== '');
}

/** A spell checker that also accepts the given words, in their case forms and possessives. */
export function withDictionary(spellChecker: SpellChecker, words: Iterable<string>): SpellChecker {
  const accepted = new Set(words);
  const upperCase = new Set([...accepted].map((word) => word.toUpperCase()));
  const isKnown = (word: string): boolean =>
    accepted.has(word) || upperCase.has(word) || (isCapitalized(word) && accepted.has(word.toLowerCase()));
  // A possessive (PLC's, Modbus’s) is the word's.
  const isAccepted = (word: string): boolean => isKnown(word.replace(/['’]s$/, '')) || isKnown(word);
  return {
    check: async (text, language) =>
      (await spellChecker.check(text, language)).filter((word) => !isAccepted(word)),
  };
}

/**
 * The spell checker as the reference library's 6.3.8 calls it: `{ dictionary, input }` in,
 * text in hunspell's pipe format out, of which the library reads the misspelling lines
 * (`& word …`) after the first line.
 */
export function asLibrarySpellCheck(
  spellChecker: SpellChecker,
): (params: { dictionary: string; input: string }) => Promise<string> {
  return async ({ dictionary, input }) => {
    const misspelt = await spellChecker.check(input, dictionary);
    return ['', ...misspelt.map((word) => `& ${word}`)].join('\n');
  };
}

function isCapitalized(word: string): boolean {
  const [first = '', ...rest] = word;
  return first !== first.toLowerCase() && rest.join('') === rest.join('').toLowerCase();
}
