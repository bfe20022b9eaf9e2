import LetterStore

/// One setting as it applies now: the stored value, else its default.
public struct SettingValue: Sendable, Equatable {
    public var key: SettingKey
    /// What was set, if anything.
    public var stored: String?
    /// The stored value, else the default (nil: neither).
    public var effective: String? { stored ?? key.defaultValue }
}

extension LetterService {
    /// Every known setting, in the order `SettingKey` lists them.
    public func settings() throws(SettingError) -> [SettingValue] {
        let stored: StoreSettings
        do { stored = try store.readSettings() } catch { throw .store(error) }
        return SettingKey.allCases.map { SettingValue(key: $0, stored: stored[$0.rawValue]) }
    }

    /// The setting called `name` (as typed on the command line).
    public static func settingKey(named name: String) throws(SettingError) -> SettingKey {
        guard let key = SettingKey(rawValue: name) else { throw .unknown(name: name) }
        return key
    }

    /// Stores `value` for `key` once it passes the key's check; nothing is trimmed or changed.
    public func setSetting(_ key: SettingKey, to value: String) throws(SettingError) {
        if let reason = key.problem(with: value) { throw .badValue(key, value: value, reason: reason) }
        do { try store.changeSettings { $0[key.rawValue] = value } } catch { throw .store(error) }
    }

    /// Removes a stored value (its default applies again).
    public func unsetSetting(_ key: SettingKey) throws(SettingError) {
        do { try store.changeSettings { $0[key.rawValue] = nil } } catch { throw .store(error) }
    }

    /// The stored settings the mail needs, checked again (the file may have been edited by hand).
    func mailSettings() throws(MailError) -> MailSettings {
        let values: [SettingValue]
        do { values = try settings() } catch { throw .settings(error) }
        var missing: [SettingKey] = []
        var found: [SettingKey: String] = [:]
        for value in values {
            guard let effective = value.effective else {
                if value.key != .mailFromName { missing.append(value.key) }
                continue
            }
            if let reason = value.key.problem(with: effective) {
                throw .settings(.badValue(value.key, value: effective, reason: reason))
            }
            found[value.key] = effective
        }
        if !missing.isEmpty { throw .missingSettings(missing) }
        return MailSettings(from: found[.mailFrom]!, fromName: found[.mailFromName] ?? "", sendmail: found[.mailSendmail]!,
                            reviewHost: found[.reviewHost]!, reviewAccount: found[.reviewAccount]!)
    }
}

/// What composing and sending messages needs from the settings.
public struct MailSettings: Sendable, Equatable {
    public var from: String
    public var fromName: String
    public var sendmail: String
    public var reviewHost: String
    public var reviewAccount: String
}
