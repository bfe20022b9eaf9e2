/// The district's signature: superintendent or designee.
public struct DistrictSignature: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var date: CalendarDate?
    /// How the district signed without paper (over SSH), or nil: signed on paper (recorded by
    /// KDE), or not signed. Optional so letters written before it existed still read.
    public var record: SignatureRecord?

    public init(name: String = "", title: String = "", date: CalendarDate? = nil, record: SignatureRecord? = nil) {
        self.name = name
        self.title = title
        self.date = date
        self.record = record
    }
}

/// KDE's countersignature.
public struct KDESignature: Codable, Sendable, Equatable {
    public var name: String
    public var date: CalendarDate?
    /// How KDE countersigned in kyiln, or nil: on paper, or not yet.
    public var record: SignatureRecord?

    public init(name: String = "", date: CalendarDate? = nil, record: SignatureRecord? = nil) {
        self.name = name
        self.date = date
        self.record = record
    }
}

/// Both signatures of a letter.
public struct Signatures: Codable, Sendable, Equatable {
    public var district: DistrictSignature
    public var kde: KDESignature

    public init(district: DistrictSignature = .init(), kde: KDESignature = .init()) {
        self.district = district
        self.kde = kde
    }

    /// The date from which the letter counts as signed: the later of the two dates,
    /// since the agreement binds once both parties have signed.
    public var completedOn: CalendarDate? {
        switch (district.date, kde.date) {
        case let (d?, k?): return max(d, k)
        case let (d?, nil): return d
        case let (nil, k?): return k
        case (nil, nil): return nil
        }
    }
}
