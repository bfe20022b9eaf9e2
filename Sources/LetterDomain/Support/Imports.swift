// LetterDomain uses only FoundationEssentials (JSON coding, Date, Data) where it exists:
// full Foundation costs start-up time and memory that the terminal app cannot spare.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
