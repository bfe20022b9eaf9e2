extension Letter {
    /// The fields whose values differ between two versions of a letter, in form order.
    ///
    /// Used to tell a person what another save changed, and by the history.
    public func differingFields(from other: Letter) -> [FieldPath] {
        var paths: [FieldPath] = []
        let ackIDs = Set(acknowledgements.keys).union(other.acknowledgements.keys).sorted()
        paths += ackIDs.map { .acknowledgement($0) }
        paths += [.districtName, .superintendentName, .superintendentEmail]
        for i in 0..<max(contacts.count, other.contacts.count) {
            paths += FieldPath.ContactPart.allCases.map { .contact(i, $0) }
        }
        paths += Set(reflections.keys).union(other.reflections.keys).sorted().map { .reflection($0) }
        paths += (0..<max(actions.count, other.actions.count)).map { .action($0) }
        paths += [.districtSignatureName, .districtSignatureTitle, .districtSignatureDate, .kdeSignatureName, .kdeSignatureDate]
        return paths.filter { value(at: $0) != other.value(at: $0) }
    }
}
