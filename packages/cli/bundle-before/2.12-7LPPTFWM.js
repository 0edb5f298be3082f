import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import "./chunk-TQAJVIUW.js";

// node_modules/@secvisogram/csaf-validator-lib/lib/cwec/2.12.js
var __default = {
  date: "2017-11-08",
  weaknesses: [
    {
      id: "CWE-1004",
      name: "Sensitive Cookie Without 'HttpOnly' Flag",
      status: "Incomplete"
    },
    {
      id: "CWE-1007",
      name: "Insufficient Visual Distinction of Homoglyphs Presented to User",
      status: "Incomplete"
    },
    {
      id: "CWE-102",
      name: "Struts: Duplicate Validation Forms",
      status: "Incomplete"
    },
    {
      id: "CWE-1021",
      name: "Improper Restriction of Rendered UI Layers or Frames",
      status: "Incomplete"
    },
    {
      id: "CWE-1022",
      name: "Improper Restriction of Cross-Origin Permission to window.opener.location",
      status: "Draft"
    },
    {
      id: "CWE-103",
      name: "Struts: Incomplete validate() Method Definition",
      status: "Draft"
    },
    {
      id: "CWE-104",
      name: "Struts: Form Bean Does Not Extend Validation Class",
      status: "Draft"
    },
    {
      id: "CWE-105",
      name: "Struts: Form Field Without Validator",
      status: "Draft"
    },
    {
      id: "CWE-106",
      name: "Struts: Plug-in Framework not in Use",
      status: "Draft"
    },
    { id: "CWE-107", name: "Struts: Unused Validation Form", status: "Draft" },
    {
      id: "CWE-108",
      name: "Struts: Unvalidated Action Form",
      status: "Incomplete"
    },
    { id: "CWE-109", name: "Struts: Validator Turned Off", status: "Draft" },
    {
      id: "CWE-11",
      name: "ASP.NET Misconfiguration: Creating Debug Binary",
      status: "Draft"
    },
    {
      id: "CWE-110",
      name: "Struts: Validator Without Form Field",
      status: "Draft"
    },
    { id: "CWE-111", name: "Direct Use of Unsafe JNI", status: "Draft" },
    { id: "CWE-112", name: "Missing XML Validation", status: "Draft" },
    {
      id: "CWE-113",
      name: "Improper Neutralization of CRLF Sequences in HTTP Headers ('HTTP Response Splitting')",
      status: "Incomplete"
    },
    { id: "CWE-114", name: "Process Control", status: "Incomplete" },
    { id: "CWE-115", name: "Misinterpretation of Input", status: "Incomplete" },
    {
      id: "CWE-116",
      name: "Improper Encoding or Escaping of Output",
      status: "Draft"
    },
    {
      id: "CWE-117",
      name: "Improper Output Neutralization for Logs",
      status: "Draft"
    },
    {
      id: "CWE-118",
      name: "Incorrect Access of Indexable Resource ('Range Error')",
      status: "Incomplete"
    },
    {
      id: "CWE-119",
      name: "Improper Restriction of Operations within the Bounds of a Memory Buffer",
      status: "Usable"
    },
    {
      id: "CWE-12",
      name: "ASP.NET Misconfiguration: Missing Custom Error Page",
      status: "Draft"
    },
    {
      id: "CWE-120",
      name: "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
      status: "Incomplete"
    },
    { id: "CWE-121", name: "Stack-based Buffer Overflow", status: "Draft" },
    { id: "CWE-122", name: "Heap-based Buffer Overflow", status: "Draft" },
    { id: "CWE-123", name: "Write-what-where Condition", status: "Draft" },
    {
      id: "CWE-124",
      name: "Buffer Underwrite ('Buffer Underflow')",
      status: "Incomplete"
    },
    { id: "CWE-125", name: "Out-of-bounds Read", status: "Draft" },
    { id: "CWE-126", name: "Buffer Over-read", status: "Draft" },
    { id: "CWE-127", name: "Buffer Under-read", status: "Draft" },
    { id: "CWE-128", name: "Wrap-around Error", status: "Incomplete" },
    {
      id: "CWE-129",
      name: "Improper Validation of Array Index",
      status: "Draft"
    },
    {
      id: "CWE-13",
      name: "ASP.NET Misconfiguration: Password in Configuration File",
      status: "Draft"
    },
    {
      id: "CWE-130",
      name: "Improper Handling of Length Parameter Inconsistency",
      status: "Incomplete"
    },
    {
      id: "CWE-131",
      name: "Incorrect Calculation of Buffer Size",
      status: "Draft"
    },
    {
      id: "CWE-132",
      name: "DEPRECATED (Duplicate): Miscalculated Null Termination",
      status: "Deprecated"
    },
    {
      id: "CWE-134",
      name: "Use of Externally-Controlled Format String",
      status: "Draft"
    },
    {
      id: "CWE-135",
      name: "Incorrect Calculation of Multi-Byte String Length",
      status: "Draft"
    },
    {
      id: "CWE-138",
      name: "Improper Neutralization of Special Elements",
      status: "Draft"
    },
    {
      id: "CWE-14",
      name: "Compiler Removal of Code to Clear Buffers",
      status: "Draft"
    },
    {
      id: "CWE-140",
      name: "Improper Neutralization of Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-141",
      name: "Improper Neutralization of Parameter/Argument Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-142",
      name: "Improper Neutralization of Value Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-143",
      name: "Improper Neutralization of Record Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-144",
      name: "Improper Neutralization of Line Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-145",
      name: "Improper Neutralization of Section Delimiters",
      status: "Incomplete"
    },
    {
      id: "CWE-146",
      name: "Improper Neutralization of Expression/Command Delimiters",
      status: "Incomplete"
    },
    {
      id: "CWE-147",
      name: "Improper Neutralization of Input Terminators",
      status: "Draft"
    },
    {
      id: "CWE-148",
      name: "Improper Neutralization of Input Leaders",
      status: "Draft"
    },
    {
      id: "CWE-149",
      name: "Improper Neutralization of Quoting Syntax",
      status: "Draft"
    },
    {
      id: "CWE-15",
      name: "External Control of System or Configuration Setting",
      status: "Incomplete"
    },
    {
      id: "CWE-150",
      name: "Improper Neutralization of Escape, Meta, or Control Sequences",
      status: "Incomplete"
    },
    {
      id: "CWE-151",
      name: "Improper Neutralization of Comment Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-152",
      name: "Improper Neutralization of Macro Symbols",
      status: "Draft"
    },
    {
      id: "CWE-153",
      name: "Improper Neutralization of Substitution Characters",
      status: "Draft"
    },
    {
      id: "CWE-154",
      name: "Improper Neutralization of Variable Name Delimiters",
      status: "Incomplete"
    },
    {
      id: "CWE-155",
      name: "Improper Neutralization of Wildcards or Matching Symbols",
      status: "Draft"
    },
    {
      id: "CWE-156",
      name: "Improper Neutralization of Whitespace",
      status: "Draft"
    },
    {
      id: "CWE-157",
      name: "Failure to Sanitize Paired Delimiters",
      status: "Draft"
    },
    {
      id: "CWE-158",
      name: "Improper Neutralization of Null Byte or NUL Character",
      status: "Incomplete"
    },
    {
      id: "CWE-159",
      name: "Failure to Sanitize Special Element",
      status: "Draft"
    },
    {
      id: "CWE-160",
      name: "Improper Neutralization of Leading Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-161",
      name: "Improper Neutralization of Multiple Leading Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-162",
      name: "Improper Neutralization of Trailing Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-163",
      name: "Improper Neutralization of Multiple Trailing Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-164",
      name: "Improper Neutralization of Internal Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-165",
      name: "Improper Neutralization of Multiple Internal Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-166",
      name: "Improper Handling of Missing Special Element",
      status: "Draft"
    },
    {
      id: "CWE-167",
      name: "Improper Handling of Additional Special Element",
      status: "Draft"
    },
    {
      id: "CWE-168",
      name: "Improper Handling of Inconsistent Special Elements",
      status: "Draft"
    },
    { id: "CWE-170", name: "Improper Null Termination", status: "Incomplete" },
    { id: "CWE-172", name: "Encoding Error", status: "Draft" },
    {
      id: "CWE-173",
      name: "Improper Handling of Alternate Encoding",
      status: "Draft"
    },
    {
      id: "CWE-174",
      name: "Double Decoding of the Same Data",
      status: "Draft"
    },
    {
      id: "CWE-175",
      name: "Improper Handling of Mixed Encoding",
      status: "Draft"
    },
    {
      id: "CWE-176",
      name: "Improper Handling of Unicode Encoding",
      status: "Draft"
    },
    {
      id: "CWE-177",
      name: "Improper Handling of URL Encoding (Hex Encoding)",
      status: "Draft"
    },
    {
      id: "CWE-178",
      name: "Improper Handling of Case Sensitivity",
      status: "Incomplete"
    },
    {
      id: "CWE-179",
      name: "Incorrect Behavior Order: Early Validation",
      status: "Incomplete"
    },
    {
      id: "CWE-180",
      name: "Incorrect Behavior Order: Validate Before Canonicalize",
      status: "Draft"
    },
    {
      id: "CWE-181",
      name: "Incorrect Behavior Order: Validate Before Filter",
      status: "Draft"
    },
    {
      id: "CWE-182",
      name: "Collapse of Data into Unsafe Value",
      status: "Draft"
    },
    { id: "CWE-183", name: "Permissive Whitelist", status: "Draft" },
    { id: "CWE-184", name: "Incomplete Blacklist", status: "Draft" },
    { id: "CWE-185", name: "Incorrect Regular Expression", status: "Draft" },
    {
      id: "CWE-186",
      name: "Overly Restrictive Regular Expression",
      status: "Draft"
    },
    { id: "CWE-187", name: "Partial Comparison", status: "Incomplete" },
    { id: "CWE-188", name: "Reliance on Data/Memory Layout", status: "Draft" },
    {
      id: "CWE-190",
      name: "Integer Overflow or Wraparound",
      status: "Incomplete"
    },
    {
      id: "CWE-191",
      name: "Integer Underflow (Wrap or Wraparound)",
      status: "Draft"
    },
    { id: "CWE-192", name: "Integer Coercion Error", status: "Incomplete" },
    { id: "CWE-193", name: "Off-by-one Error", status: "Draft" },
    { id: "CWE-194", name: "Unexpected Sign Extension", status: "Incomplete" },
    {
      id: "CWE-195",
      name: "Signed to Unsigned Conversion Error",
      status: "Draft"
    },
    {
      id: "CWE-196",
      name: "Unsigned to Signed Conversion Error",
      status: "Draft"
    },
    { id: "CWE-197", name: "Numeric Truncation Error", status: "Incomplete" },
    { id: "CWE-198", name: "Use of Incorrect Byte Ordering", status: "Draft" },
    { id: "CWE-20", name: "Improper Input Validation", status: "Usable" },
    { id: "CWE-200", name: "Information Exposure", status: "Incomplete" },
    {
      id: "CWE-201",
      name: "Information Exposure Through Sent Data",
      status: "Draft"
    },
    {
      id: "CWE-202",
      name: "Exposure of Sensitive Data Through Data Queries",
      status: "Draft"
    },
    {
      id: "CWE-203",
      name: "Information Exposure Through Discrepancy",
      status: "Incomplete"
    },
    {
      id: "CWE-204",
      name: "Response Discrepancy Information Exposure",
      status: "Incomplete"
    },
    {
      id: "CWE-205",
      name: "Information Exposure Through Behavioral Discrepancy",
      status: "Incomplete"
    },
    {
      id: "CWE-206",
      name: "Information Exposure of Internal State Through Behavioral Inconsistency",
      status: "Incomplete"
    },
    {
      id: "CWE-207",
      name: "Information Exposure Through an External Behavioral Inconsistency",
      status: "Draft"
    },
    {
      id: "CWE-208",
      name: "Information Exposure Through Timing Discrepancy",
      status: "Incomplete"
    },
    {
      id: "CWE-209",
      name: "Information Exposure Through an Error Message",
      status: "Draft"
    },
    {
      id: "CWE-210",
      name: "Information Exposure Through Self-generated Error Message",
      status: "Draft"
    },
    {
      id: "CWE-211",
      name: "Information Exposure Through Externally-Generated Error Message",
      status: "Incomplete"
    },
    {
      id: "CWE-212",
      name: "Improper Cross-boundary Removal of Sensitive Data",
      status: "Incomplete"
    },
    {
      id: "CWE-213",
      name: "Intentional Information Exposure",
      status: "Draft"
    },
    {
      id: "CWE-214",
      name: "Information Exposure Through Process Environment",
      status: "Incomplete"
    },
    {
      id: "CWE-215",
      name: "Information Exposure Through Debug Information",
      status: "Draft"
    },
    {
      id: "CWE-216",
      name: "Containment Errors (Container Errors)",
      status: "Incomplete"
    },
    {
      id: "CWE-217",
      name: "DEPRECATED: Failure to Protect Stored Data from Modification",
      status: "Deprecated"
    },
    {
      id: "CWE-218",
      name: "DEPRECATED (Duplicate): Failure to provide confidentiality for stored data",
      status: "Deprecated"
    },
    { id: "CWE-219", name: "Sensitive Data Under Web Root", status: "Draft" },
    {
      id: "CWE-22",
      name: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
      status: "Draft"
    },
    { id: "CWE-220", name: "Sensitive Data Under FTP Root", status: "Draft" },
    {
      id: "CWE-221",
      name: "Information Loss or Omission",
      status: "Incomplete"
    },
    {
      id: "CWE-222",
      name: "Truncation of Security-relevant Information",
      status: "Draft"
    },
    {
      id: "CWE-223",
      name: "Omission of Security-relevant Information",
      status: "Draft"
    },
    {
      id: "CWE-224",
      name: "Obscured Security-relevant Information by Alternate Name",
      status: "Incomplete"
    },
    {
      id: "CWE-225",
      name: "DEPRECATED (Duplicate): General Information Management Problems",
      status: "Deprecated"
    },
    {
      id: "CWE-226",
      name: "Sensitive Information Uncleared Before Release",
      status: "Draft"
    },
    {
      id: "CWE-228",
      name: "Improper Handling of Syntactically Invalid Structure",
      status: "Incomplete"
    },
    {
      id: "CWE-229",
      name: "Improper Handling of Values",
      status: "Incomplete"
    },
    { id: "CWE-23", name: "Relative Path Traversal", status: "Draft" },
    {
      id: "CWE-230",
      name: "Improper Handling of Missing Values",
      status: "Draft"
    },
    {
      id: "CWE-231",
      name: "Improper Handling of Extra Values",
      status: "Draft"
    },
    {
      id: "CWE-232",
      name: "Improper Handling of Undefined Values",
      status: "Draft"
    },
    {
      id: "CWE-233",
      name: "Improper Handling of Parameters",
      status: "Incomplete"
    },
    {
      id: "CWE-234",
      name: "Failure to Handle Missing Parameter",
      status: "Incomplete"
    },
    {
      id: "CWE-235",
      name: "Improper Handling of Extra Parameters",
      status: "Draft"
    },
    {
      id: "CWE-236",
      name: "Improper Handling of Undefined Parameters",
      status: "Draft"
    },
    {
      id: "CWE-237",
      name: "Improper Handling of Structural Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-238",
      name: "Improper Handling of Incomplete Structural Elements",
      status: "Draft"
    },
    {
      id: "CWE-239",
      name: "Failure to Handle Incomplete Element",
      status: "Draft"
    },
    {
      id: "CWE-24",
      name: "Path Traversal: '../filedir'",
      status: "Incomplete"
    },
    {
      id: "CWE-240",
      name: "Improper Handling of Inconsistent Structural Elements",
      status: "Draft"
    },
    {
      id: "CWE-241",
      name: "Improper Handling of Unexpected Data Type",
      status: "Draft"
    },
    {
      id: "CWE-242",
      name: "Use of Inherently Dangerous Function",
      status: "Draft"
    },
    {
      id: "CWE-243",
      name: "Creation of chroot Jail Without Changing Working Directory",
      status: "Draft"
    },
    {
      id: "CWE-244",
      name: "Improper Clearing of Heap Memory Before Release ('Heap Inspection')",
      status: "Draft"
    },
    {
      id: "CWE-245",
      name: "J2EE Bad Practices: Direct Management of Connections",
      status: "Draft"
    },
    {
      id: "CWE-246",
      name: "J2EE Bad Practices: Direct Use of Sockets",
      status: "Draft"
    },
    {
      id: "CWE-247",
      name: "DEPRECATED (Duplicate): Reliance on DNS Lookups in a Security Decision",
      status: "Deprecated"
    },
    { id: "CWE-248", name: "Uncaught Exception", status: "Draft" },
    {
      id: "CWE-249",
      name: "DEPRECATED: Often Misused: Path Manipulation",
      status: "Deprecated"
    },
    {
      id: "CWE-25",
      name: "Path Traversal: '/../filedir'",
      status: "Incomplete"
    },
    {
      id: "CWE-250",
      name: "Execution with Unnecessary Privileges",
      status: "Draft"
    },
    { id: "CWE-252", name: "Unchecked Return Value", status: "Draft" },
    {
      id: "CWE-253",
      name: "Incorrect Check of Function Return Value",
      status: "Incomplete"
    },
    {
      id: "CWE-256",
      name: "Plaintext Storage of a Password",
      status: "Incomplete"
    },
    {
      id: "CWE-257",
      name: "Storing Passwords in a Recoverable Format",
      status: "Incomplete"
    },
    {
      id: "CWE-258",
      name: "Empty Password in Configuration File",
      status: "Incomplete"
    },
    { id: "CWE-259", name: "Use of Hard-coded Password", status: "Draft" },
    {
      id: "CWE-26",
      name: "Path Traversal: '/dir/../filename'",
      status: "Draft"
    },
    {
      id: "CWE-260",
      name: "Password in Configuration File",
      status: "Incomplete"
    },
    {
      id: "CWE-261",
      name: "Weak Cryptography for Passwords",
      status: "Incomplete"
    },
    { id: "CWE-262", name: "Not Using Password Aging", status: "Draft" },
    {
      id: "CWE-263",
      name: "Password Aging with Long Expiration",
      status: "Draft"
    },
    { id: "CWE-266", name: "Incorrect Privilege Assignment", status: "Draft" },
    {
      id: "CWE-267",
      name: "Privilege Defined With Unsafe Actions",
      status: "Incomplete"
    },
    { id: "CWE-268", name: "Privilege Chaining", status: "Draft" },
    {
      id: "CWE-269",
      name: "Improper Privilege Management",
      status: "Incomplete"
    },
    {
      id: "CWE-27",
      name: "Path Traversal: 'dir/../../filename'",
      status: "Draft"
    },
    {
      id: "CWE-270",
      name: "Privilege Context Switching Error",
      status: "Draft"
    },
    {
      id: "CWE-271",
      name: "Privilege Dropping / Lowering Errors",
      status: "Incomplete"
    },
    { id: "CWE-272", name: "Least Privilege Violation", status: "Incomplete" },
    {
      id: "CWE-273",
      name: "Improper Check for Dropped Privileges",
      status: "Incomplete"
    },
    {
      id: "CWE-274",
      name: "Improper Handling of Insufficient Privileges",
      status: "Draft"
    },
    { id: "CWE-276", name: "Incorrect Default Permissions", status: "Draft" },
    { id: "CWE-277", name: "Insecure Inherited Permissions", status: "Draft" },
    {
      id: "CWE-278",
      name: "Insecure Preserved Inherited Permissions",
      status: "Incomplete"
    },
    {
      id: "CWE-279",
      name: "Incorrect Execution-Assigned Permissions",
      status: "Draft"
    },
    {
      id: "CWE-28",
      name: "Path Traversal: '..\\filedir'",
      status: "Incomplete"
    },
    {
      id: "CWE-280",
      name: "Improper Handling of Insufficient Permissions or Privileges",
      status: "Draft"
    },
    {
      id: "CWE-281",
      name: "Improper Preservation of Permissions",
      status: "Draft"
    },
    { id: "CWE-282", name: "Improper Ownership Management", status: "Draft" },
    { id: "CWE-283", name: "Unverified Ownership", status: "Draft" },
    { id: "CWE-284", name: "Improper Access Control", status: "Incomplete" },
    { id: "CWE-285", name: "Improper Authorization", status: "Draft" },
    { id: "CWE-286", name: "Incorrect User Management", status: "Incomplete" },
    { id: "CWE-287", name: "Improper Authentication", status: "Draft" },
    {
      id: "CWE-288",
      name: "Authentication Bypass Using an Alternate Path or Channel",
      status: "Incomplete"
    },
    {
      id: "CWE-289",
      name: "Authentication Bypass by Alternate Name",
      status: "Incomplete"
    },
    {
      id: "CWE-29",
      name: "Path Traversal: '\\..\\filename'",
      status: "Incomplete"
    },
    {
      id: "CWE-290",
      name: "Authentication Bypass by Spoofing",
      status: "Incomplete"
    },
    {
      id: "CWE-291",
      name: "Reliance on IP Address for Authentication",
      status: "Incomplete"
    },
    {
      id: "CWE-292",
      name: "DEPRECATED (Duplicate): Trusting Self-reported DNS Name",
      status: "Deprecated"
    },
    {
      id: "CWE-293",
      name: "Using Referer Field for Authentication",
      status: "Draft"
    },
    {
      id: "CWE-294",
      name: "Authentication Bypass by Capture-replay",
      status: "Incomplete"
    },
    {
      id: "CWE-295",
      name: "Improper Certificate Validation",
      status: "Incomplete"
    },
    {
      id: "CWE-296",
      name: "Improper Following of a Certificate's Chain of Trust",
      status: "Draft"
    },
    {
      id: "CWE-297",
      name: "Improper Validation of Certificate with Host Mismatch",
      status: "Incomplete"
    },
    {
      id: "CWE-298",
      name: "Improper Validation of Certificate Expiration",
      status: "Draft"
    },
    {
      id: "CWE-299",
      name: "Improper Check for Certificate Revocation",
      status: "Draft"
    },
    {
      id: "CWE-30",
      name: "Path Traversal: '\\dir\\..\\filename'",
      status: "Draft"
    },
    {
      id: "CWE-300",
      name: "Channel Accessible by Non-Endpoint ('Man-in-the-Middle')",
      status: "Draft"
    },
    {
      id: "CWE-301",
      name: "Reflection Attack in an Authentication Protocol",
      status: "Draft"
    },
    {
      id: "CWE-302",
      name: "Authentication Bypass by Assumed-Immutable Data",
      status: "Incomplete"
    },
    {
      id: "CWE-303",
      name: "Incorrect Implementation of Authentication Algorithm",
      status: "Draft"
    },
    {
      id: "CWE-304",
      name: "Missing Critical Step in Authentication",
      status: "Draft"
    },
    {
      id: "CWE-305",
      name: "Authentication Bypass by Primary Weakness",
      status: "Draft"
    },
    {
      id: "CWE-306",
      name: "Missing Authentication for Critical Function",
      status: "Draft"
    },
    {
      id: "CWE-307",
      name: "Improper Restriction of Excessive Authentication Attempts",
      status: "Draft"
    },
    {
      id: "CWE-308",
      name: "Use of Single-factor Authentication",
      status: "Draft"
    },
    {
      id: "CWE-309",
      name: "Use of Password System for Primary Authentication",
      status: "Draft"
    },
    {
      id: "CWE-31",
      name: "Path Traversal: 'dir\\..\\..\\filename'",
      status: "Draft"
    },
    {
      id: "CWE-311",
      name: "Missing Encryption of Sensitive Data",
      status: "Draft"
    },
    {
      id: "CWE-312",
      name: "Cleartext Storage of Sensitive Information",
      status: "Draft"
    },
    {
      id: "CWE-313",
      name: "Cleartext Storage in a File or on Disk",
      status: "Draft"
    },
    {
      id: "CWE-314",
      name: "Cleartext Storage in the Registry",
      status: "Draft"
    },
    {
      id: "CWE-315",
      name: "Cleartext Storage of Sensitive Information in a Cookie",
      status: "Draft"
    },
    {
      id: "CWE-316",
      name: "Cleartext Storage of Sensitive Information in Memory",
      status: "Draft"
    },
    {
      id: "CWE-317",
      name: "Cleartext Storage of Sensitive Information in GUI",
      status: "Draft"
    },
    {
      id: "CWE-318",
      name: "Cleartext Storage of Sensitive Information in Executable",
      status: "Draft"
    },
    {
      id: "CWE-319",
      name: "Cleartext Transmission of Sensitive Information",
      status: "Draft"
    },
    {
      id: "CWE-32",
      name: "Path Traversal: '...' (Triple Dot)",
      status: "Incomplete"
    },
    {
      id: "CWE-321",
      name: "Use of Hard-coded Cryptographic Key",
      status: "Draft"
    },
    {
      id: "CWE-322",
      name: "Key Exchange without Entity Authentication",
      status: "Draft"
    },
    {
      id: "CWE-323",
      name: "Reusing a Nonce, Key Pair in Encryption",
      status: "Incomplete"
    },
    {
      id: "CWE-324",
      name: "Use of a Key Past its Expiration Date",
      status: "Draft"
    },
    {
      id: "CWE-325",
      name: "Missing Required Cryptographic Step",
      status: "Incomplete"
    },
    { id: "CWE-326", name: "Inadequate Encryption Strength", status: "Draft" },
    {
      id: "CWE-327",
      name: "Use of a Broken or Risky Cryptographic Algorithm",
      status: "Draft"
    },
    { id: "CWE-328", name: "Reversible One-Way Hash", status: "Draft" },
    {
      id: "CWE-329",
      name: "Not Using a Random IV with CBC Mode",
      status: "Draft"
    },
    {
      id: "CWE-33",
      name: "Path Traversal: '....' (Multiple Dot)",
      status: "Incomplete"
    },
    {
      id: "CWE-330",
      name: "Use of Insufficiently Random Values",
      status: "Usable"
    },
    { id: "CWE-331", name: "Insufficient Entropy", status: "Draft" },
    { id: "CWE-332", name: "Insufficient Entropy in PRNG", status: "Draft" },
    {
      id: "CWE-333",
      name: "Improper Handling of Insufficient Entropy in TRNG",
      status: "Draft"
    },
    { id: "CWE-334", name: "Small Space of Random Values", status: "Draft" },
    {
      id: "CWE-335",
      name: "Incorrect Usage of Seeds in Pseudo-Random Number Generator (PRNG)",
      status: "Draft"
    },
    {
      id: "CWE-336",
      name: "Same Seed in Pseudo-Random Number Generator (PRNG)",
      status: "Draft"
    },
    {
      id: "CWE-337",
      name: "Predictable Seed in Pseudo-Random Number Generator (PRNG)",
      status: "Draft"
    },
    {
      id: "CWE-338",
      name: "Use of Cryptographically Weak Pseudo-Random Number Generator (PRNG)",
      status: "Draft"
    },
    { id: "CWE-339", name: "Small Seed Space in PRNG", status: "Draft" },
    { id: "CWE-34", name: "Path Traversal: '....//'", status: "Incomplete" },
    { id: "CWE-340", name: "Predictability Problems", status: "Incomplete" },
    {
      id: "CWE-341",
      name: "Predictable from Observable State",
      status: "Draft"
    },
    {
      id: "CWE-342",
      name: "Predictable Exact Value from Previous Values",
      status: "Draft"
    },
    {
      id: "CWE-343",
      name: "Predictable Value Range from Previous Values",
      status: "Draft"
    },
    {
      id: "CWE-344",
      name: "Use of Invariant Value in Dynamically Changing Context",
      status: "Draft"
    },
    {
      id: "CWE-345",
      name: "Insufficient Verification of Data Authenticity",
      status: "Draft"
    },
    { id: "CWE-346", name: "Origin Validation Error", status: "Draft" },
    {
      id: "CWE-347",
      name: "Improper Verification of Cryptographic Signature",
      status: "Draft"
    },
    { id: "CWE-348", name: "Use of Less Trusted Source", status: "Draft" },
    {
      id: "CWE-349",
      name: "Acceptance of Extraneous Untrusted Data With Trusted Data",
      status: "Draft"
    },
    { id: "CWE-35", name: "Path Traversal: '.../...//'", status: "Incomplete" },
    {
      id: "CWE-350",
      name: "Reliance on Reverse DNS Resolution for a Security-Critical Action",
      status: "Draft"
    },
    { id: "CWE-351", name: "Insufficient Type Distinction", status: "Draft" },
    {
      id: "CWE-353",
      name: "Missing Support for Integrity Check",
      status: "Draft"
    },
    {
      id: "CWE-354",
      name: "Improper Validation of Integrity Check Value",
      status: "Draft"
    },
    {
      id: "CWE-356",
      name: "Product UI does not Warn User of Unsafe Actions",
      status: "Incomplete"
    },
    {
      id: "CWE-357",
      name: "Insufficient UI Warning of Dangerous Operations",
      status: "Draft"
    },
    {
      id: "CWE-358",
      name: "Improperly Implemented Security Check for Standard",
      status: "Draft"
    },
    {
      id: "CWE-359",
      name: "Exposure of Private Information ('Privacy Violation')",
      status: "Incomplete"
    },
    { id: "CWE-36", name: "Absolute Path Traversal", status: "Draft" },
    { id: "CWE-360", name: "Trust of System Event Data", status: "Incomplete" },
    {
      id: "CWE-362",
      name: "Concurrent Execution using Shared Resource with Improper Synchronization ('Race Condition')",
      status: "Draft"
    },
    {
      id: "CWE-363",
      name: "Race Condition Enabling Link Following",
      status: "Draft"
    },
    {
      id: "CWE-364",
      name: "Signal Handler Race Condition",
      status: "Incomplete"
    },
    { id: "CWE-365", name: "Race Condition in Switch", status: "Draft" },
    { id: "CWE-366", name: "Race Condition within a Thread", status: "Draft" },
    {
      id: "CWE-367",
      name: "Time-of-check Time-of-use (TOCTOU) Race Condition",
      status: "Incomplete"
    },
    {
      id: "CWE-368",
      name: "Context Switching Race Condition",
      status: "Draft"
    },
    { id: "CWE-369", name: "Divide By Zero", status: "Draft" },
    {
      id: "CWE-37",
      name: "Path Traversal: '/absolute/pathname/here'",
      status: "Draft"
    },
    {
      id: "CWE-370",
      name: "Missing Check for Certificate Revocation after Initial Check",
      status: "Draft"
    },
    {
      id: "CWE-372",
      name: "Incomplete Internal State Distinction",
      status: "Draft"
    },
    {
      id: "CWE-373",
      name: "DEPRECATED: State Synchronization Error",
      status: "Deprecated"
    },
    {
      id: "CWE-374",
      name: "Passing Mutable Objects to an Untrusted Method",
      status: "Draft"
    },
    {
      id: "CWE-375",
      name: "Returning a Mutable Object to an Untrusted Caller",
      status: "Draft"
    },
    { id: "CWE-377", name: "Insecure Temporary File", status: "Incomplete" },
    {
      id: "CWE-378",
      name: "Creation of Temporary File With Insecure Permissions",
      status: "Draft"
    },
    {
      id: "CWE-379",
      name: "Creation of Temporary File in Directory with Incorrect Permissions",
      status: "Incomplete"
    },
    {
      id: "CWE-38",
      name: "Path Traversal: '\\absolute\\pathname\\here'",
      status: "Draft"
    },
    {
      id: "CWE-382",
      name: "J2EE Bad Practices: Use of System.exit()",
      status: "Draft"
    },
    {
      id: "CWE-383",
      name: "J2EE Bad Practices: Direct Use of Threads",
      status: "Draft"
    },
    { id: "CWE-385", name: "Covert Timing Channel", status: "Incomplete" },
    {
      id: "CWE-386",
      name: "Symbolic Name not Mapping to Correct Object",
      status: "Draft"
    },
    { id: "CWE-39", name: "Path Traversal: 'C:dirname'", status: "Draft" },
    {
      id: "CWE-390",
      name: "Detection of Error Condition Without Action",
      status: "Draft"
    },
    { id: "CWE-391", name: "Unchecked Error Condition", status: "Incomplete" },
    {
      id: "CWE-392",
      name: "Missing Report of Error Condition",
      status: "Draft"
    },
    { id: "CWE-393", name: "Return of Wrong Status Code", status: "Draft" },
    {
      id: "CWE-394",
      name: "Unexpected Status Code or Return Value",
      status: "Draft"
    },
    {
      id: "CWE-395",
      name: "Use of NullPointerException Catch to Detect NULL Pointer Dereference",
      status: "Draft"
    },
    {
      id: "CWE-396",
      name: "Declaration of Catch for Generic Exception",
      status: "Draft"
    },
    {
      id: "CWE-397",
      name: "Declaration of Throws for Generic Exception",
      status: "Draft"
    },
    {
      id: "CWE-40",
      name: "Path Traversal: '\\\\UNC\\share\\name\\' (Windows UNC Share)",
      status: "Draft"
    },
    {
      id: "CWE-400",
      name: "Uncontrolled Resource Consumption ('Resource Exhaustion')",
      status: "Incomplete"
    },
    {
      id: "CWE-401",
      name: "Improper Release of Memory Before Removing Last Reference ('Memory Leak')",
      status: "Draft"
    },
    {
      id: "CWE-402",
      name: "Transmission of Private Resources into a New Sphere ('Resource Leak')",
      status: "Draft"
    },
    {
      id: "CWE-403",
      name: "Exposure of File Descriptor to Unintended Control Sphere ('File Descriptor Leak')",
      status: "Draft"
    },
    {
      id: "CWE-404",
      name: "Improper Resource Shutdown or Release",
      status: "Draft"
    },
    {
      id: "CWE-405",
      name: "Asymmetric Resource Consumption (Amplification)",
      status: "Incomplete"
    },
    {
      id: "CWE-406",
      name: "Insufficient Control of Network Message Volume (Network Amplification)",
      status: "Incomplete"
    },
    { id: "CWE-407", name: "Algorithmic Complexity", status: "Incomplete" },
    {
      id: "CWE-408",
      name: "Incorrect Behavior Order: Early Amplification",
      status: "Draft"
    },
    {
      id: "CWE-409",
      name: "Improper Handling of Highly Compressed Data (Data Amplification)",
      status: "Incomplete"
    },
    {
      id: "CWE-41",
      name: "Improper Resolution of Path Equivalence",
      status: "Incomplete"
    },
    { id: "CWE-410", name: "Insufficient Resource Pool", status: "Incomplete" },
    {
      id: "CWE-412",
      name: "Unrestricted Externally Accessible Lock",
      status: "Incomplete"
    },
    { id: "CWE-413", name: "Improper Resource Locking", status: "Draft" },
    { id: "CWE-414", name: "Missing Lock Check", status: "Draft" },
    { id: "CWE-415", name: "Double Free", status: "Draft" },
    { id: "CWE-416", name: "Use After Free", status: "Draft" },
    { id: "CWE-419", name: "Unprotected Primary Channel", status: "Draft" },
    {
      id: "CWE-42",
      name: "Path Equivalence: 'filename.' (Trailing Dot)",
      status: "Incomplete"
    },
    { id: "CWE-420", name: "Unprotected Alternate Channel", status: "Draft" },
    {
      id: "CWE-421",
      name: "Race Condition During Access to Alternate Channel",
      status: "Draft"
    },
    {
      id: "CWE-422",
      name: "Unprotected Windows Messaging Channel ('Shatter')",
      status: "Draft"
    },
    {
      id: "CWE-423",
      name: "DEPRECATED (Duplicate): Proxied Trusted Channel",
      status: "Deprecated"
    },
    {
      id: "CWE-424",
      name: "Improper Protection of Alternate Path",
      status: "Draft"
    },
    {
      id: "CWE-425",
      name: "Direct Request ('Forced Browsing')",
      status: "Incomplete"
    },
    {
      id: "CWE-427",
      name: "Uncontrolled Search Path Element",
      status: "Draft"
    },
    { id: "CWE-428", name: "Unquoted Search Path or Element", status: "Draft" },
    {
      id: "CWE-43",
      name: "Path Equivalence: 'filename....' (Multiple Trailing Dot)",
      status: "Incomplete"
    },
    {
      id: "CWE-430",
      name: "Deployment of Wrong Handler",
      status: "Incomplete"
    },
    { id: "CWE-431", name: "Missing Handler", status: "Draft" },
    {
      id: "CWE-432",
      name: "Dangerous Signal Handler not Disabled During Sensitive Operations",
      status: "Draft"
    },
    {
      id: "CWE-433",
      name: "Unparsed Raw Web Content Delivery",
      status: "Incomplete"
    },
    {
      id: "CWE-434",
      name: "Unrestricted Upload of File with Dangerous Type",
      status: "Draft"
    },
    {
      id: "CWE-435",
      name: "Improper Interaction Between Multiple Entities",
      status: "Draft"
    },
    { id: "CWE-436", name: "Interpretation Conflict", status: "Incomplete" },
    {
      id: "CWE-437",
      name: "Incomplete Model of Endpoint Features",
      status: "Incomplete"
    },
    {
      id: "CWE-439",
      name: "Behavioral Change in New Version or Environment",
      status: "Draft"
    },
    {
      id: "CWE-44",
      name: "Path Equivalence: 'file.name' (Internal Dot)",
      status: "Incomplete"
    },
    { id: "CWE-440", name: "Expected Behavior Violation", status: "Draft" },
    {
      id: "CWE-441",
      name: "Unintended Proxy or Intermediary ('Confused Deputy')",
      status: "Draft"
    },
    {
      id: "CWE-443",
      name: "DEPRECATED (Duplicate): HTTP response splitting",
      status: "Deprecated"
    },
    {
      id: "CWE-444",
      name: "Inconsistent Interpretation of HTTP Requests ('HTTP Request Smuggling')",
      status: "Incomplete"
    },
    {
      id: "CWE-446",
      name: "UI Discrepancy for Security Feature",
      status: "Incomplete"
    },
    {
      id: "CWE-447",
      name: "Unimplemented or Unsupported Feature in UI",
      status: "Draft"
    },
    { id: "CWE-448", name: "Obsolete Feature in UI", status: "Draft" },
    {
      id: "CWE-449",
      name: "The UI Performs the Wrong Action",
      status: "Incomplete"
    },
    {
      id: "CWE-45",
      name: "Path Equivalence: 'file...name' (Multiple Internal Dot)",
      status: "Incomplete"
    },
    {
      id: "CWE-450",
      name: "Multiple Interpretations of UI Input",
      status: "Draft"
    },
    {
      id: "CWE-451",
      name: "User Interface (UI) Misrepresentation of Critical Information",
      status: "Draft"
    },
    {
      id: "CWE-453",
      name: "Insecure Default Variable Initialization",
      status: "Draft"
    },
    {
      id: "CWE-454",
      name: "External Initialization of Trusted Variables or Data Stores",
      status: "Draft"
    },
    {
      id: "CWE-455",
      name: "Non-exit on Failed Initialization",
      status: "Draft"
    },
    {
      id: "CWE-456",
      name: "Missing Initialization of a Variable",
      status: "Draft"
    },
    { id: "CWE-457", name: "Use of Uninitialized Variable", status: "Draft" },
    {
      id: "CWE-458",
      name: "DEPRECATED: Incorrect Initialization",
      status: "Deprecated"
    },
    { id: "CWE-459", name: "Incomplete Cleanup", status: "Draft" },
    {
      id: "CWE-46",
      name: "Path Equivalence: 'filename ' (Trailing Space)",
      status: "Incomplete"
    },
    {
      id: "CWE-460",
      name: "Improper Cleanup on Thrown Exception",
      status: "Draft"
    },
    {
      id: "CWE-462",
      name: "Duplicate Key in Associative List (Alist)",
      status: "Incomplete"
    },
    {
      id: "CWE-463",
      name: "Deletion of Data Structure Sentinel",
      status: "Incomplete"
    },
    {
      id: "CWE-464",
      name: "Addition of Data Structure Sentinel",
      status: "Incomplete"
    },
    {
      id: "CWE-466",
      name: "Return of Pointer Value Outside of Expected Range",
      status: "Draft"
    },
    {
      id: "CWE-467",
      name: "Use of sizeof() on a Pointer Type",
      status: "Draft"
    },
    { id: "CWE-468", name: "Incorrect Pointer Scaling", status: "Incomplete" },
    {
      id: "CWE-469",
      name: "Use of Pointer Subtraction to Determine Size",
      status: "Draft"
    },
    {
      id: "CWE-47",
      name: "Path Equivalence: ' filename' (Leading Space)",
      status: "Incomplete"
    },
    {
      id: "CWE-470",
      name: "Use of Externally-Controlled Input to Select Classes or Code ('Unsafe Reflection')",
      status: "Draft"
    },
    {
      id: "CWE-471",
      name: "Modification of Assumed-Immutable Data (MAID)",
      status: "Draft"
    },
    {
      id: "CWE-472",
      name: "External Control of Assumed-Immutable Web Parameter",
      status: "Draft"
    },
    {
      id: "CWE-473",
      name: "PHP External Variable Modification",
      status: "Draft"
    },
    {
      id: "CWE-474",
      name: "Use of Function with Inconsistent Implementations",
      status: "Draft"
    },
    {
      id: "CWE-475",
      name: "Undefined Behavior for Input to API",
      status: "Incomplete"
    },
    { id: "CWE-476", name: "NULL Pointer Dereference", status: "Draft" },
    { id: "CWE-477", name: "Use of Obsolete Function", status: "Draft" },
    {
      id: "CWE-478",
      name: "Missing Default Case in Switch Statement",
      status: "Draft"
    },
    {
      id: "CWE-479",
      name: "Signal Handler Use of a Non-reentrant Function",
      status: "Draft"
    },
    {
      id: "CWE-48",
      name: "Path Equivalence: 'file name' (Internal Whitespace)",
      status: "Incomplete"
    },
    { id: "CWE-480", name: "Use of Incorrect Operator", status: "Draft" },
    { id: "CWE-481", name: "Assigning instead of Comparing", status: "Draft" },
    { id: "CWE-482", name: "Comparing instead of Assigning", status: "Draft" },
    { id: "CWE-483", name: "Incorrect Block Delimitation", status: "Draft" },
    {
      id: "CWE-484",
      name: "Omitted Break Statement in Switch",
      status: "Draft"
    },
    { id: "CWE-486", name: "Comparison of Classes by Name", status: "Draft" },
    {
      id: "CWE-487",
      name: "Reliance on Package-level Scope",
      status: "Incomplete"
    },
    {
      id: "CWE-488",
      name: "Exposure of Data Element to Wrong Session",
      status: "Draft"
    },
    { id: "CWE-489", name: "Leftover Debug Code", status: "Draft" },
    {
      id: "CWE-49",
      name: "Path Equivalence: 'filename/' (Trailing Slash)",
      status: "Incomplete"
    },
    {
      id: "CWE-491",
      name: "Public cloneable() Method Without Final ('Object Hijack')",
      status: "Draft"
    },
    {
      id: "CWE-492",
      name: "Use of Inner Class Containing Sensitive Data",
      status: "Draft"
    },
    {
      id: "CWE-493",
      name: "Critical Public Variable Without Final Modifier",
      status: "Draft"
    },
    {
      id: "CWE-494",
      name: "Download of Code Without Integrity Check",
      status: "Draft"
    },
    {
      id: "CWE-495",
      name: "Private Array-Typed Field Returned From A Public Method",
      status: "Draft"
    },
    {
      id: "CWE-496",
      name: "Public Data Assigned to Private Array-Typed Field",
      status: "Incomplete"
    },
    {
      id: "CWE-497",
      name: "Exposure of System Data to an Unauthorized Control Sphere",
      status: "Incomplete"
    },
    {
      id: "CWE-498",
      name: "Cloneable Class Containing Sensitive Information",
      status: "Draft"
    },
    {
      id: "CWE-499",
      name: "Serializable Class Containing Sensitive Data",
      status: "Draft"
    },
    {
      id: "CWE-5",
      name: "J2EE Misconfiguration: Data Transmission Without Encryption",
      status: "Draft"
    },
    {
      id: "CWE-50",
      name: "Path Equivalence: '//multiple/leading/slash'",
      status: "Incomplete"
    },
    {
      id: "CWE-500",
      name: "Public Static Field Not Marked Final",
      status: "Draft"
    },
    { id: "CWE-501", name: "Trust Boundary Violation", status: "Draft" },
    {
      id: "CWE-502",
      name: "Deserialization of Untrusted Data",
      status: "Draft"
    },
    { id: "CWE-506", name: "Embedded Malicious Code", status: "Incomplete" },
    { id: "CWE-507", name: "Trojan Horse", status: "Incomplete" },
    {
      id: "CWE-508",
      name: "Non-Replicating Malicious Code",
      status: "Incomplete"
    },
    {
      id: "CWE-509",
      name: "Replicating Malicious Code (Virus or Worm)",
      status: "Incomplete"
    },
    {
      id: "CWE-51",
      name: "Path Equivalence: '/multiple//internal/slash'",
      status: "Incomplete"
    },
    { id: "CWE-510", name: "Trapdoor", status: "Incomplete" },
    { id: "CWE-511", name: "Logic/Time Bomb", status: "Incomplete" },
    { id: "CWE-512", name: "Spyware", status: "Incomplete" },
    { id: "CWE-514", name: "Covert Channel", status: "Incomplete" },
    { id: "CWE-515", name: "Covert Storage Channel", status: "Incomplete" },
    {
      id: "CWE-516",
      name: "DEPRECATED (Duplicate): Covert Timing Channel",
      status: "Deprecated"
    },
    {
      id: "CWE-52",
      name: "Path Equivalence: '/multiple/trailing/slash//'",
      status: "Incomplete"
    },
    {
      id: "CWE-520",
      name: ".NET Misconfiguration: Use of Impersonation",
      status: "Incomplete"
    },
    { id: "CWE-521", name: "Weak Password Requirements", status: "Draft" },
    {
      id: "CWE-522",
      name: "Insufficiently Protected Credentials",
      status: "Incomplete"
    },
    {
      id: "CWE-523",
      name: "Unprotected Transport of Credentials",
      status: "Incomplete"
    },
    {
      id: "CWE-524",
      name: "Information Exposure Through Caching",
      status: "Incomplete"
    },
    {
      id: "CWE-525",
      name: "Information Exposure Through Browser Caching",
      status: "Incomplete"
    },
    {
      id: "CWE-526",
      name: "Information Exposure Through Environmental Variables",
      status: "Incomplete"
    },
    {
      id: "CWE-527",
      name: "Exposure of CVS Repository to an Unauthorized Control Sphere",
      status: "Incomplete"
    },
    {
      id: "CWE-528",
      name: "Exposure of Core Dump File to an Unauthorized Control Sphere",
      status: "Draft"
    },
    {
      id: "CWE-529",
      name: "Exposure of Access Control List Files to an Unauthorized Control Sphere",
      status: "Incomplete"
    },
    {
      id: "CWE-53",
      name: "Path Equivalence: '\\multiple\\\\internal\\backslash'",
      status: "Incomplete"
    },
    {
      id: "CWE-530",
      name: "Exposure of Backup File to an Unauthorized Control Sphere",
      status: "Incomplete"
    },
    {
      id: "CWE-531",
      name: "Information Exposure Through Test Code",
      status: "Incomplete"
    },
    {
      id: "CWE-532",
      name: "Information Exposure Through Log Files",
      status: "Incomplete"
    },
    {
      id: "CWE-533",
      name: "Information Exposure Through Server Log Files",
      status: "Incomplete"
    },
    {
      id: "CWE-534",
      name: "Information Exposure Through Debug Log Files",
      status: "Draft"
    },
    {
      id: "CWE-535",
      name: "Information Exposure Through Shell Error Message",
      status: "Incomplete"
    },
    {
      id: "CWE-536",
      name: "Information Exposure Through Servlet Runtime Error Message",
      status: "Incomplete"
    },
    {
      id: "CWE-537",
      name: "Information Exposure Through Java Runtime Error Message",
      status: "Incomplete"
    },
    {
      id: "CWE-538",
      name: "File and Directory Information Exposure",
      status: "Draft"
    },
    {
      id: "CWE-539",
      name: "Information Exposure Through Persistent Cookies",
      status: "Incomplete"
    },
    {
      id: "CWE-54",
      name: "Path Equivalence: 'filedir\\' (Trailing Backslash)",
      status: "Incomplete"
    },
    {
      id: "CWE-540",
      name: "Information Exposure Through Source Code",
      status: "Incomplete"
    },
    {
      id: "CWE-541",
      name: "Information Exposure Through Include Source Code",
      status: "Incomplete"
    },
    {
      id: "CWE-542",
      name: "Information Exposure Through Cleanup Log Files",
      status: "Incomplete"
    },
    {
      id: "CWE-543",
      name: "Use of Singleton Pattern Without Synchronization in a Multithreaded Context",
      status: "Incomplete"
    },
    {
      id: "CWE-544",
      name: "Missing Standardized Error Handling Mechanism",
      status: "Draft"
    },
    {
      id: "CWE-545",
      name: "DEPRECATED: Use of Dynamic Class Loading",
      status: "Deprecated"
    },
    { id: "CWE-546", name: "Suspicious Comment", status: "Draft" },
    {
      id: "CWE-547",
      name: "Use of Hard-coded, Security-relevant Constants",
      status: "Draft"
    },
    {
      id: "CWE-548",
      name: "Information Exposure Through Directory Listing",
      status: "Draft"
    },
    { id: "CWE-549", name: "Missing Password Field Masking", status: "Draft" },
    {
      id: "CWE-55",
      name: "Path Equivalence: '/./' (Single Dot Directory)",
      status: "Incomplete"
    },
    {
      id: "CWE-550",
      name: "Information Exposure Through Server Error Message",
      status: "Incomplete"
    },
    {
      id: "CWE-551",
      name: "Incorrect Behavior Order: Authorization Before Parsing and Canonicalization",
      status: "Incomplete"
    },
    {
      id: "CWE-552",
      name: "Files or Directories Accessible to External Parties",
      status: "Draft"
    },
    {
      id: "CWE-553",
      name: "Command Shell in Externally Accessible Directory",
      status: "Incomplete"
    },
    {
      id: "CWE-554",
      name: "ASP.NET Misconfiguration: Not Using Input Validation Framework",
      status: "Draft"
    },
    {
      id: "CWE-555",
      name: "J2EE Misconfiguration: Plaintext Password in Configuration File",
      status: "Draft"
    },
    {
      id: "CWE-556",
      name: "ASP.NET Misconfiguration: Use of Identity Impersonation",
      status: "Incomplete"
    },
    {
      id: "CWE-558",
      name: "Use of getlogin() in Multithreaded Application",
      status: "Draft"
    },
    {
      id: "CWE-56",
      name: "Path Equivalence: 'filedir*' (Wildcard)",
      status: "Incomplete"
    },
    {
      id: "CWE-560",
      name: "Use of umask() with chmod-style Argument",
      status: "Draft"
    },
    { id: "CWE-561", name: "Dead Code", status: "Draft" },
    {
      id: "CWE-562",
      name: "Return of Stack Variable Address",
      status: "Draft"
    },
    {
      id: "CWE-563",
      name: "Assignment to Variable without Use",
      status: "Draft"
    },
    { id: "CWE-564", name: "SQL Injection: Hibernate", status: "Incomplete" },
    {
      id: "CWE-565",
      name: "Reliance on Cookies without Validation and Integrity Checking",
      status: "Incomplete"
    },
    {
      id: "CWE-566",
      name: "Authorization Bypass Through User-Controlled SQL Primary Key",
      status: "Incomplete"
    },
    {
      id: "CWE-567",
      name: "Unsynchronized Access to Shared Data in a Multithreaded Context",
      status: "Draft"
    },
    {
      id: "CWE-568",
      name: "finalize() Method Without super.finalize()",
      status: "Draft"
    },
    {
      id: "CWE-57",
      name: "Path Equivalence: 'fakedir/../realdir/filename'",
      status: "Incomplete"
    },
    { id: "CWE-570", name: "Expression is Always False", status: "Draft" },
    { id: "CWE-571", name: "Expression is Always True", status: "Draft" },
    {
      id: "CWE-572",
      name: "Call to Thread run() instead of start()",
      status: "Draft"
    },
    {
      id: "CWE-573",
      name: "Improper Following of Specification by Caller",
      status: "Draft"
    },
    {
      id: "CWE-574",
      name: "EJB Bad Practices: Use of Synchronization Primitives",
      status: "Draft"
    },
    {
      id: "CWE-575",
      name: "EJB Bad Practices: Use of AWT Swing",
      status: "Draft"
    },
    {
      id: "CWE-576",
      name: "EJB Bad Practices: Use of Java I/O",
      status: "Draft"
    },
    {
      id: "CWE-577",
      name: "EJB Bad Practices: Use of Sockets",
      status: "Draft"
    },
    {
      id: "CWE-578",
      name: "EJB Bad Practices: Use of Class Loader",
      status: "Draft"
    },
    {
      id: "CWE-579",
      name: "J2EE Bad Practices: Non-serializable Object Stored in Session",
      status: "Draft"
    },
    {
      id: "CWE-58",
      name: "Path Equivalence: Windows 8.3 Filename",
      status: "Incomplete"
    },
    {
      id: "CWE-580",
      name: "clone() Method Without super.clone()",
      status: "Draft"
    },
    {
      id: "CWE-581",
      name: "Object Model Violation: Just One of Equals and Hashcode Defined",
      status: "Draft"
    },
    {
      id: "CWE-582",
      name: "Array Declared Public, Final, and Static",
      status: "Draft"
    },
    {
      id: "CWE-583",
      name: "finalize() Method Declared Public",
      status: "Incomplete"
    },
    { id: "CWE-584", name: "Return Inside Finally Block", status: "Draft" },
    { id: "CWE-585", name: "Empty Synchronized Block", status: "Draft" },
    { id: "CWE-586", name: "Explicit Call to Finalize()", status: "Draft" },
    {
      id: "CWE-587",
      name: "Assignment of a Fixed Address to a Pointer",
      status: "Draft"
    },
    {
      id: "CWE-588",
      name: "Attempt to Access Child of a Non-structure Pointer",
      status: "Incomplete"
    },
    { id: "CWE-589", name: "Call to Non-ubiquitous API", status: "Incomplete" },
    {
      id: "CWE-59",
      name: "Improper Link Resolution Before File Access ('Link Following')",
      status: "Draft"
    },
    {
      id: "CWE-590",
      name: "Free of Memory not on the Heap",
      status: "Incomplete"
    },
    {
      id: "CWE-591",
      name: "Sensitive Data Storage in Improperly Locked Memory",
      status: "Draft"
    },
    {
      id: "CWE-592",
      name: "DEPRECATED: Authentication Bypass Issues",
      status: "Deprecated"
    },
    {
      id: "CWE-593",
      name: "Authentication Bypass: OpenSSL CTX Object Modified after SSL Objects are Created",
      status: "Draft"
    },
    {
      id: "CWE-594",
      name: "J2EE Framework: Saving Unserializable Objects to Disk",
      status: "Incomplete"
    },
    {
      id: "CWE-595",
      name: "Comparison of Object References Instead of Object Contents",
      status: "Incomplete"
    },
    {
      id: "CWE-596",
      name: "Incorrect Semantic Object Comparison",
      status: "Incomplete"
    },
    {
      id: "CWE-597",
      name: "Use of Wrong Operator in String Comparison",
      status: "Draft"
    },
    {
      id: "CWE-598",
      name: "Information Exposure Through Query Strings in GET Request",
      status: "Draft"
    },
    {
      id: "CWE-599",
      name: "Missing Validation of OpenSSL Certificate",
      status: "Incomplete"
    },
    {
      id: "CWE-6",
      name: "J2EE Misconfiguration: Insufficient Session-ID Length",
      status: "Incomplete"
    },
    { id: "CWE-600", name: "Uncaught Exception in Servlet", status: "Draft" },
    {
      id: "CWE-601",
      name: "URL Redirection to Untrusted Site ('Open Redirect')",
      status: "Draft"
    },
    {
      id: "CWE-602",
      name: "Client-Side Enforcement of Server-Side Security",
      status: "Draft"
    },
    {
      id: "CWE-603",
      name: "Use of Client-Side Authentication",
      status: "Draft"
    },
    { id: "CWE-605", name: "Multiple Binds to the Same Port", status: "Draft" },
    {
      id: "CWE-606",
      name: "Unchecked Input for Loop Condition",
      status: "Draft"
    },
    {
      id: "CWE-607",
      name: "Public Static Final Field References Mutable Object",
      status: "Draft"
    },
    {
      id: "CWE-608",
      name: "Struts: Non-private Field in ActionForm Class",
      status: "Draft"
    },
    { id: "CWE-609", name: "Double-Checked Locking", status: "Draft" },
    {
      id: "CWE-610",
      name: "Externally Controlled Reference to a Resource in Another Sphere",
      status: "Draft"
    },
    {
      id: "CWE-611",
      name: "Improper Restriction of XML External Entity Reference ('XXE')",
      status: "Draft"
    },
    {
      id: "CWE-612",
      name: "Information Exposure Through Indexing of Private Data",
      status: "Draft"
    },
    {
      id: "CWE-613",
      name: "Insufficient Session Expiration",
      status: "Incomplete"
    },
    {
      id: "CWE-614",
      name: "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute",
      status: "Draft"
    },
    {
      id: "CWE-615",
      name: "Information Exposure Through Comments",
      status: "Incomplete"
    },
    {
      id: "CWE-616",
      name: "Incomplete Identification of Uploaded File Variables (PHP)",
      status: "Incomplete"
    },
    { id: "CWE-617", name: "Reachable Assertion", status: "Draft" },
    {
      id: "CWE-618",
      name: "Exposed Unsafe ActiveX Method",
      status: "Incomplete"
    },
    {
      id: "CWE-619",
      name: "Dangling Database Cursor ('Cursor Injection')",
      status: "Incomplete"
    },
    { id: "CWE-62", name: "UNIX Hard Link", status: "Incomplete" },
    { id: "CWE-620", name: "Unverified Password Change", status: "Draft" },
    { id: "CWE-621", name: "Variable Extraction Error", status: "Incomplete" },
    {
      id: "CWE-622",
      name: "Improper Validation of Function Hook Arguments",
      status: "Draft"
    },
    {
      id: "CWE-623",
      name: "Unsafe ActiveX Control Marked Safe For Scripting",
      status: "Draft"
    },
    {
      id: "CWE-624",
      name: "Executable Regular Expression Error",
      status: "Incomplete"
    },
    { id: "CWE-625", name: "Permissive Regular Expression", status: "Draft" },
    {
      id: "CWE-626",
      name: "Null Byte Interaction Error (Poison Null Byte)",
      status: "Draft"
    },
    {
      id: "CWE-627",
      name: "Dynamic Variable Evaluation",
      status: "Incomplete"
    },
    {
      id: "CWE-628",
      name: "Function Call with Incorrectly Specified Arguments",
      status: "Draft"
    },
    {
      id: "CWE-636",
      name: "Not Failing Securely ('Failing Open')",
      status: "Draft"
    },
    {
      id: "CWE-637",
      name: "Unnecessary Complexity in Protection Mechanism (Not Using 'Economy of Mechanism')",
      status: "Draft"
    },
    { id: "CWE-638", name: "Not Using Complete Mediation", status: "Draft" },
    {
      id: "CWE-639",
      name: "Authorization Bypass Through User-Controlled Key",
      status: "Incomplete"
    },
    {
      id: "CWE-64",
      name: "Windows Shortcut Following (.LNK)",
      status: "Incomplete"
    },
    {
      id: "CWE-640",
      name: "Weak Password Recovery Mechanism for Forgotten Password",
      status: "Incomplete"
    },
    {
      id: "CWE-641",
      name: "Improper Restriction of Names for Files and Other Resources",
      status: "Incomplete"
    },
    {
      id: "CWE-642",
      name: "External Control of Critical State Data",
      status: "Draft"
    },
    {
      id: "CWE-643",
      name: "Improper Neutralization of Data within XPath Expressions ('XPath Injection')",
      status: "Incomplete"
    },
    {
      id: "CWE-644",
      name: "Improper Neutralization of HTTP Headers for Scripting Syntax",
      status: "Incomplete"
    },
    {
      id: "CWE-645",
      name: "Overly Restrictive Account Lockout Mechanism",
      status: "Incomplete"
    },
    {
      id: "CWE-646",
      name: "Reliance on File Name or Extension of Externally-Supplied File",
      status: "Incomplete"
    },
    {
      id: "CWE-647",
      name: "Use of Non-Canonical URL Paths for Authorization Decisions",
      status: "Incomplete"
    },
    {
      id: "CWE-648",
      name: "Incorrect Use of Privileged APIs",
      status: "Incomplete"
    },
    {
      id: "CWE-649",
      name: "Reliance on Obfuscation or Encryption of Security-Relevant Inputs without Integrity Checking",
      status: "Incomplete"
    },
    { id: "CWE-65", name: "Windows Hard Link", status: "Incomplete" },
    {
      id: "CWE-650",
      name: "Trusting HTTP Permission Methods on the Server Side",
      status: "Incomplete"
    },
    {
      id: "CWE-651",
      name: "Information Exposure Through WSDL File",
      status: "Incomplete"
    },
    {
      id: "CWE-652",
      name: "Improper Neutralization of Data within XQuery Expressions ('XQuery Injection')",
      status: "Incomplete"
    },
    {
      id: "CWE-653",
      name: "Insufficient Compartmentalization",
      status: "Draft"
    },
    {
      id: "CWE-654",
      name: "Reliance on a Single Factor in a Security Decision",
      status: "Draft"
    },
    {
      id: "CWE-655",
      name: "Insufficient Psychological Acceptability",
      status: "Draft"
    },
    {
      id: "CWE-656",
      name: "Reliance on Security Through Obscurity",
      status: "Draft"
    },
    {
      id: "CWE-657",
      name: "Violation of Secure Design Principles",
      status: "Draft"
    },
    {
      id: "CWE-66",
      name: "Improper Handling of File Names that Identify Virtual Resources",
      status: "Draft"
    },
    { id: "CWE-662", name: "Improper Synchronization", status: "Draft" },
    {
      id: "CWE-663",
      name: "Use of a Non-reentrant Function in a Concurrent Context",
      status: "Draft"
    },
    {
      id: "CWE-664",
      name: "Improper Control of a Resource Through its Lifetime",
      status: "Draft"
    },
    { id: "CWE-665", name: "Improper Initialization", status: "Draft" },
    {
      id: "CWE-666",
      name: "Operation on Resource in Wrong Phase of Lifetime",
      status: "Draft"
    },
    { id: "CWE-667", name: "Improper Locking", status: "Draft" },
    {
      id: "CWE-668",
      name: "Exposure of Resource to Wrong Sphere",
      status: "Draft"
    },
    {
      id: "CWE-669",
      name: "Incorrect Resource Transfer Between Spheres",
      status: "Draft"
    },
    {
      id: "CWE-67",
      name: "Improper Handling of Windows Device Names",
      status: "Incomplete"
    },
    {
      id: "CWE-670",
      name: "Always-Incorrect Control Flow Implementation",
      status: "Draft"
    },
    {
      id: "CWE-671",
      name: "Lack of Administrator Control over Security",
      status: "Draft"
    },
    {
      id: "CWE-672",
      name: "Operation on a Resource after Expiration or Release",
      status: "Draft"
    },
    {
      id: "CWE-673",
      name: "External Influence of Sphere Definition",
      status: "Draft"
    },
    { id: "CWE-674", name: "Uncontrolled Recursion", status: "Draft" },
    {
      id: "CWE-675",
      name: "Duplicate Operations on Resource",
      status: "Draft"
    },
    {
      id: "CWE-676",
      name: "Use of Potentially Dangerous Function",
      status: "Draft"
    },
    {
      id: "CWE-681",
      name: "Incorrect Conversion between Numeric Types",
      status: "Draft"
    },
    { id: "CWE-682", name: "Incorrect Calculation", status: "Draft" },
    {
      id: "CWE-683",
      name: "Function Call With Incorrect Order of Arguments",
      status: "Draft"
    },
    {
      id: "CWE-684",
      name: "Incorrect Provision of Specified Functionality",
      status: "Draft"
    },
    {
      id: "CWE-685",
      name: "Function Call With Incorrect Number of Arguments",
      status: "Draft"
    },
    {
      id: "CWE-686",
      name: "Function Call With Incorrect Argument Type",
      status: "Draft"
    },
    {
      id: "CWE-687",
      name: "Function Call With Incorrectly Specified Argument Value",
      status: "Draft"
    },
    {
      id: "CWE-688",
      name: "Function Call With Incorrect Variable or Reference as Argument",
      status: "Draft"
    },
    {
      id: "CWE-69",
      name: "Improper Handling of Windows ::DATA Alternate Data Stream",
      status: "Incomplete"
    },
    {
      id: "CWE-691",
      name: "Insufficient Control Flow Management",
      status: "Draft"
    },
    { id: "CWE-693", name: "Protection Mechanism Failure", status: "Draft" },
    {
      id: "CWE-694",
      name: "Use of Multiple Resources with Duplicate Identifier",
      status: "Incomplete"
    },
    {
      id: "CWE-695",
      name: "Use of Low-Level Functionality",
      status: "Incomplete"
    },
    { id: "CWE-696", name: "Incorrect Behavior Order", status: "Incomplete" },
    { id: "CWE-697", name: "Insufficient Comparison", status: "Incomplete" },
    {
      id: "CWE-698",
      name: "Execution After Redirect (EAR)",
      status: "Incomplete"
    },
    {
      id: "CWE-7",
      name: "J2EE Misconfiguration: Missing Custom Error Page",
      status: "Incomplete"
    },
    {
      id: "CWE-703",
      name: "Improper Check or Handling of Exceptional Conditions",
      status: "Incomplete"
    },
    {
      id: "CWE-704",
      name: "Incorrect Type Conversion or Cast",
      status: "Incomplete"
    },
    {
      id: "CWE-705",
      name: "Incorrect Control Flow Scoping",
      status: "Incomplete"
    },
    {
      id: "CWE-706",
      name: "Use of Incorrectly-Resolved Name or Reference",
      status: "Incomplete"
    },
    {
      id: "CWE-707",
      name: "Improper Enforcement of Message or Data Structure",
      status: "Incomplete"
    },
    {
      id: "CWE-708",
      name: "Incorrect Ownership Assignment",
      status: "Incomplete"
    },
    {
      id: "CWE-71",
      name: "DEPRECATED: Apple '.DS_Store'",
      status: "Deprecated"
    },
    {
      id: "CWE-710",
      name: "Improper Adherence to Coding Standards",
      status: "Incomplete"
    },
    {
      id: "CWE-72",
      name: "Improper Handling of Apple HFS+ Alternate Data Stream Path",
      status: "Incomplete"
    },
    {
      id: "CWE-73",
      name: "External Control of File Name or Path",
      status: "Draft"
    },
    {
      id: "CWE-732",
      name: "Incorrect Permission Assignment for Critical Resource",
      status: "Draft"
    },
    {
      id: "CWE-733",
      name: "Compiler Optimization Removal or Modification of Security-critical Code",
      status: "Incomplete"
    },
    {
      id: "CWE-74",
      name: "Improper Neutralization of Special Elements in Output Used by a Downstream Component ('Injection')",
      status: "Incomplete"
    },
    {
      id: "CWE-749",
      name: "Exposed Dangerous Method or Function",
      status: "Incomplete"
    },
    {
      id: "CWE-75",
      name: "Failure to Sanitize Special Elements into a Different Plane (Special Element Injection)",
      status: "Draft"
    },
    {
      id: "CWE-754",
      name: "Improper Check for Unusual or Exceptional Conditions",
      status: "Incomplete"
    },
    {
      id: "CWE-755",
      name: "Improper Handling of Exceptional Conditions",
      status: "Incomplete"
    },
    { id: "CWE-756", name: "Missing Custom Error Page", status: "Incomplete" },
    {
      id: "CWE-757",
      name: "Selection of Less-Secure Algorithm During Negotiation ('Algorithm Downgrade')",
      status: "Incomplete"
    },
    {
      id: "CWE-758",
      name: "Reliance on Undefined, Unspecified, or Implementation-Defined Behavior",
      status: "Incomplete"
    },
    {
      id: "CWE-759",
      name: "Use of a One-Way Hash without a Salt",
      status: "Incomplete"
    },
    {
      id: "CWE-76",
      name: "Improper Neutralization of Equivalent Special Elements",
      status: "Draft"
    },
    {
      id: "CWE-760",
      name: "Use of a One-Way Hash with a Predictable Salt",
      status: "Incomplete"
    },
    {
      id: "CWE-761",
      name: "Free of Pointer not at Start of Buffer",
      status: "Incomplete"
    },
    {
      id: "CWE-762",
      name: "Mismatched Memory Management Routines",
      status: "Incomplete"
    },
    {
      id: "CWE-763",
      name: "Release of Invalid Pointer or Reference",
      status: "Incomplete"
    },
    {
      id: "CWE-764",
      name: "Multiple Locks of a Critical Resource",
      status: "Incomplete"
    },
    {
      id: "CWE-765",
      name: "Multiple Unlocks of a Critical Resource",
      status: "Incomplete"
    },
    {
      id: "CWE-766",
      name: "Critical Variable Declared Public",
      status: "Incomplete"
    },
    {
      id: "CWE-767",
      name: "Access to Critical Private Variable via Public Method",
      status: "Incomplete"
    },
    {
      id: "CWE-768",
      name: "Incorrect Short Circuit Evaluation",
      status: "Incomplete"
    },
    {
      id: "CWE-769",
      name: "Uncontrolled File Descriptor Consumption",
      status: "Incomplete"
    },
    {
      id: "CWE-77",
      name: "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
      status: "Draft"
    },
    {
      id: "CWE-770",
      name: "Allocation of Resources Without Limits or Throttling",
      status: "Incomplete"
    },
    {
      id: "CWE-771",
      name: "Missing Reference to Active Allocated Resource",
      status: "Incomplete"
    },
    {
      id: "CWE-772",
      name: "Missing Release of Resource after Effective Lifetime",
      status: "Incomplete"
    },
    {
      id: "CWE-773",
      name: "Missing Reference to Active File Descriptor or Handle",
      status: "Incomplete"
    },
    {
      id: "CWE-774",
      name: "Allocation of File Descriptors or Handles Without Limits or Throttling",
      status: "Incomplete"
    },
    {
      id: "CWE-775",
      name: "Missing Release of File Descriptor or Handle after Effective Lifetime",
      status: "Incomplete"
    },
    {
      id: "CWE-776",
      name: "Improper Restriction of Recursive Entity References in DTDs ('XML Entity Expansion')",
      status: "Draft"
    },
    {
      id: "CWE-777",
      name: "Regular Expression without Anchors",
      status: "Incomplete"
    },
    { id: "CWE-778", name: "Insufficient Logging", status: "Draft" },
    { id: "CWE-779", name: "Logging of Excessive Data", status: "Draft" },
    {
      id: "CWE-78",
      name: "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
      status: "Draft"
    },
    {
      id: "CWE-780",
      name: "Use of RSA Algorithm without OAEP",
      status: "Incomplete"
    },
    {
      id: "CWE-781",
      name: "Improper Address Validation in IOCTL with METHOD_NEITHER I/O Control Code",
      status: "Draft"
    },
    {
      id: "CWE-782",
      name: "Exposed IOCTL with Insufficient Access Control",
      status: "Draft"
    },
    { id: "CWE-783", name: "Operator Precedence Logic Error", status: "Draft" },
    {
      id: "CWE-784",
      name: "Reliance on Cookies without Validation and Integrity Checking in a Security Decision",
      status: "Draft"
    },
    {
      id: "CWE-785",
      name: "Use of Path Manipulation Function without Maximum-sized Buffer",
      status: "Incomplete"
    },
    {
      id: "CWE-786",
      name: "Access of Memory Location Before Start of Buffer",
      status: "Incomplete"
    },
    { id: "CWE-787", name: "Out-of-bounds Write", status: "Incomplete" },
    {
      id: "CWE-788",
      name: "Access of Memory Location After End of Buffer",
      status: "Incomplete"
    },
    { id: "CWE-789", name: "Uncontrolled Memory Allocation", status: "Draft" },
    {
      id: "CWE-79",
      name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
      status: "Usable"
    },
    {
      id: "CWE-790",
      name: "Improper Filtering of Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-791",
      name: "Incomplete Filtering of Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-792",
      name: "Incomplete Filtering of One or More Instances of Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-793",
      name: "Only Filtering One Instance of a Special Element",
      status: "Incomplete"
    },
    {
      id: "CWE-794",
      name: "Incomplete Filtering of Multiple Instances of Special Elements",
      status: "Incomplete"
    },
    {
      id: "CWE-795",
      name: "Only Filtering Special Elements at a Specified Location",
      status: "Incomplete"
    },
    {
      id: "CWE-796",
      name: "Only Filtering Special Elements Relative to a Marker",
      status: "Incomplete"
    },
    {
      id: "CWE-797",
      name: "Only Filtering Special Elements at an Absolute Position",
      status: "Incomplete"
    },
    {
      id: "CWE-798",
      name: "Use of Hard-coded Credentials",
      status: "Incomplete"
    },
    {
      id: "CWE-799",
      name: "Improper Control of Interaction Frequency",
      status: "Incomplete"
    },
    {
      id: "CWE-8",
      name: "J2EE Misconfiguration: Entity Bean Declared Remote",
      status: "Incomplete"
    },
    {
      id: "CWE-80",
      name: "Improper Neutralization of Script-Related HTML Tags in a Web Page (Basic XSS)",
      status: "Incomplete"
    },
    { id: "CWE-804", name: "Guessable CAPTCHA", status: "Incomplete" },
    {
      id: "CWE-805",
      name: "Buffer Access with Incorrect Length Value",
      status: "Incomplete"
    },
    {
      id: "CWE-806",
      name: "Buffer Access Using Size of Source Buffer",
      status: "Incomplete"
    },
    {
      id: "CWE-807",
      name: "Reliance on Untrusted Inputs in a Security Decision",
      status: "Incomplete"
    },
    {
      id: "CWE-81",
      name: "Improper Neutralization of Script in an Error Message Web Page",
      status: "Incomplete"
    },
    {
      id: "CWE-82",
      name: "Improper Neutralization of Script in Attributes of IMG Tags in a Web Page",
      status: "Incomplete"
    },
    { id: "CWE-820", name: "Missing Synchronization", status: "Incomplete" },
    { id: "CWE-821", name: "Incorrect Synchronization", status: "Incomplete" },
    {
      id: "CWE-822",
      name: "Untrusted Pointer Dereference",
      status: "Incomplete"
    },
    {
      id: "CWE-823",
      name: "Use of Out-of-range Pointer Offset",
      status: "Incomplete"
    },
    {
      id: "CWE-824",
      name: "Access of Uninitialized Pointer",
      status: "Incomplete"
    },
    {
      id: "CWE-825",
      name: "Expired Pointer Dereference",
      status: "Incomplete"
    },
    {
      id: "CWE-826",
      name: "Premature Release of Resource During Expected Lifetime",
      status: "Incomplete"
    },
    {
      id: "CWE-827",
      name: "Improper Control of Document Type Definition",
      status: "Incomplete"
    },
    {
      id: "CWE-828",
      name: "Signal Handler with Functionality that is not Asynchronous-Safe",
      status: "Incomplete"
    },
    {
      id: "CWE-829",
      name: "Inclusion of Functionality from Untrusted Control Sphere",
      status: "Incomplete"
    },
    {
      id: "CWE-83",
      name: "Improper Neutralization of Script in Attributes in a Web Page",
      status: "Draft"
    },
    {
      id: "CWE-830",
      name: "Inclusion of Web Functionality from an Untrusted Source",
      status: "Incomplete"
    },
    {
      id: "CWE-831",
      name: "Signal Handler Function Associated with Multiple Signals",
      status: "Incomplete"
    },
    {
      id: "CWE-832",
      name: "Unlock of a Resource that is not Locked",
      status: "Incomplete"
    },
    { id: "CWE-833", name: "Deadlock", status: "Incomplete" },
    { id: "CWE-834", name: "Excessive Iteration", status: "Incomplete" },
    {
      id: "CWE-835",
      name: "Loop with Unreachable Exit Condition ('Infinite Loop')",
      status: "Incomplete"
    },
    {
      id: "CWE-836",
      name: "Use of Password Hash Instead of Password for Authentication",
      status: "Incomplete"
    },
    {
      id: "CWE-837",
      name: "Improper Enforcement of a Single, Unique Action",
      status: "Incomplete"
    },
    {
      id: "CWE-838",
      name: "Inappropriate Encoding for Output Context",
      status: "Incomplete"
    },
    {
      id: "CWE-839",
      name: "Numeric Range Comparison Without Minimum Check",
      status: "Incomplete"
    },
    {
      id: "CWE-84",
      name: "Improper Neutralization of Encoded URI Schemes in a Web Page",
      status: "Draft"
    },
    {
      id: "CWE-841",
      name: "Improper Enforcement of Behavioral Workflow",
      status: "Incomplete"
    },
    {
      id: "CWE-842",
      name: "Placement of User into Incorrect Group",
      status: "Incomplete"
    },
    {
      id: "CWE-843",
      name: "Access of Resource Using Incompatible Type ('Type Confusion')",
      status: "Incomplete"
    },
    {
      id: "CWE-85",
      name: "Doubled Character XSS Manipulations",
      status: "Draft"
    },
    {
      id: "CWE-86",
      name: "Improper Neutralization of Invalid Characters in Identifiers in Web Pages",
      status: "Draft"
    },
    { id: "CWE-862", name: "Missing Authorization", status: "Incomplete" },
    { id: "CWE-863", name: "Incorrect Authorization", status: "Incomplete" },
    {
      id: "CWE-87",
      name: "Improper Neutralization of Alternate XSS Syntax",
      status: "Draft"
    },
    {
      id: "CWE-88",
      name: "Argument Injection or Modification",
      status: "Draft"
    },
    {
      id: "CWE-89",
      name: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
      status: "Draft"
    },
    {
      id: "CWE-9",
      name: "J2EE Misconfiguration: Weak Access Permissions for EJB Methods",
      status: "Draft"
    },
    {
      id: "CWE-90",
      name: "Improper Neutralization of Special Elements used in an LDAP Query ('LDAP Injection')",
      status: "Draft"
    },
    {
      id: "CWE-908",
      name: "Use of Uninitialized Resource",
      status: "Incomplete"
    },
    {
      id: "CWE-909",
      name: "Missing Initialization of Resource",
      status: "Incomplete"
    },
    {
      id: "CWE-91",
      name: "XML Injection (aka Blind XPath Injection)",
      status: "Draft"
    },
    {
      id: "CWE-910",
      name: "Use of Expired File Descriptor",
      status: "Incomplete"
    },
    {
      id: "CWE-911",
      name: "Improper Update of Reference Count",
      status: "Incomplete"
    },
    { id: "CWE-912", name: "Hidden Functionality", status: "Incomplete" },
    {
      id: "CWE-913",
      name: "Improper Control of Dynamically-Managed Code Resources",
      status: "Incomplete"
    },
    {
      id: "CWE-914",
      name: "Improper Control of Dynamically-Identified Variables",
      status: "Incomplete"
    },
    {
      id: "CWE-915",
      name: "Improperly Controlled Modification of Dynamically-Determined Object Attributes",
      status: "Incomplete"
    },
    {
      id: "CWE-916",
      name: "Use of Password Hash With Insufficient Computational Effort",
      status: "Incomplete"
    },
    {
      id: "CWE-917",
      name: "Improper Neutralization of Special Elements used in an Expression Language Statement ('Expression Language Injection')",
      status: "Incomplete"
    },
    {
      id: "CWE-918",
      name: "Server-Side Request Forgery (SSRF)",
      status: "Incomplete"
    },
    {
      id: "CWE-92",
      name: "DEPRECATED: Improper Sanitization of Custom Special Characters",
      status: "Deprecated"
    },
    {
      id: "CWE-920",
      name: "Improper Restriction of Power Consumption",
      status: "Incomplete"
    },
    {
      id: "CWE-921",
      name: "Storage of Sensitive Data in a Mechanism without Access Control",
      status: "Incomplete"
    },
    {
      id: "CWE-922",
      name: "Insecure Storage of Sensitive Information",
      status: "Incomplete"
    },
    {
      id: "CWE-923",
      name: "Improper Restriction of Communication Channel to Intended Endpoints",
      status: "Incomplete"
    },
    {
      id: "CWE-924",
      name: "Improper Enforcement of Message Integrity During Transmission in a Communication Channel",
      status: "Incomplete"
    },
    {
      id: "CWE-925",
      name: "Improper Verification of Intent by Broadcast Receiver",
      status: "Incomplete"
    },
    {
      id: "CWE-926",
      name: "Improper Export of Android Application Components",
      status: "Incomplete"
    },
    {
      id: "CWE-927",
      name: "Use of Implicit Intent for Sensitive Communication",
      status: "Incomplete"
    },
    {
      id: "CWE-93",
      name: "Improper Neutralization of CRLF Sequences ('CRLF Injection')",
      status: "Draft"
    },
    {
      id: "CWE-939",
      name: "Improper Authorization in Handler for Custom URL Scheme",
      status: "Incomplete"
    },
    {
      id: "CWE-94",
      name: "Improper Control of Generation of Code ('Code Injection')",
      status: "Draft"
    },
    {
      id: "CWE-940",
      name: "Improper Verification of Source of a Communication Channel",
      status: "Incomplete"
    },
    {
      id: "CWE-941",
      name: "Incorrectly Specified Destination in a Communication Channel",
      status: "Incomplete"
    },
    {
      id: "CWE-942",
      name: "Overly Permissive Cross-domain Whitelist",
      status: "Incomplete"
    },
    {
      id: "CWE-943",
      name: "Improper Neutralization of Special Elements in Data Query Logic",
      status: "Incomplete"
    },
    {
      id: "CWE-95",
      name: "Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')",
      status: "Incomplete"
    },
    {
      id: "CWE-96",
      name: "Improper Neutralization of Directives in Statically Saved Code ('Static Code Injection')",
      status: "Draft"
    },
    {
      id: "CWE-97",
      name: "Improper Neutralization of Server-Side Includes (SSI) Within a Web Page",
      status: "Draft"
    },
    {
      id: "CWE-98",
      name: "Improper Control of Filename for Include/Require Statement in PHP Program ('PHP Remote File Inclusion')",
      status: "Draft"
    },
    {
      id: "CWE-99",
      name: "Improper Control of Resource Identifiers ('Resource Injection')",
      status: "Draft"
    }
  ]
};
export {
  __default as default
};
