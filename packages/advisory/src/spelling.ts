/**
 * The project dictionary of the spell check (CSAF informative test 6.3.8): the words of
 * industrial security advisories that general dictionaries lack, shipped with Evident, plus the
 * repository's own words. Hunspell's findings for these words are dropped from its output, so
 * the check works with the stock dictionaries (hunspell-en-us) and writes no file.
 */
import type { SpellChecker } from './validate-csaf.js';

/** Where a repository keeps its own words, one a line (`#` starts a comment), from its root. */
export const projectDictionaryPath = '.evident/dictionary.txt';

/**
 * The words Evident ships: hunspell splits text into words at spaces, slashes and hyphens, so
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

/**
 * A spell checker that accepts the given words besides its dictionary: it drops hunspell's
 * misspelling lines (`& word …`, `# word …`) for them and keeps every other line.
 */
export function withDictionary(spellCheck: SpellChecker, words: Iterable<string>): SpellChecker {
  const accepted = new Set(words);
  const upperCase = new Set([...accepted].map((word) => word.toUpperCase()));
  const isKnown = (word: string): boolean =>
    accepted.has(word) || upperCase.has(word) || (isCapitalized(word) && accepted.has(word.toLowerCase()));
  // A possessive (PLC's, Modbus’s) is the word's.
  const isAccepted = (word: string): boolean => isKnown(word.replace(/['’]s$/, '')) || isKnown(word);
  return async (params) => {
    const output = await spellCheck(params);
    return output
      .split('\n')
      .filter((line) => {
        const misspelt = /^[&#] (\S+)/.exec(line)?.[1];
        return misspelt === undefined || !isAccepted(misspelt);
      })
      .join('\n');
  };
}

function isCapitalized(word: string): boolean {
  const [first = '', ...rest] = word;
  return first !== first.toLowerCase() && rest.join('') === rest.join('').toLowerCase();
}
