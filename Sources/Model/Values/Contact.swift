/// Ways to reach a group, a call's office or the site's operator. At least one is given.
public struct Contact: Hashable, Sendable {
    public var email: String?
    public var tel: String?
    public var url: String?
    public var address: LocalizedText?
    public var form: String?

    public init(
        email: String? = nil, tel: String? = nil, url: String? = nil,
        address: LocalizedText? = nil, form: String? = nil
    ) {
        self.email = email
        self.tel = tel
        self.url = url
        self.address = address
        self.form = form
    }
}
