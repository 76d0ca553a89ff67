import Model

extension Record {
    /// A contact block; the schema guarantees at least one way to get in touch.
    func contact(_ key: String) -> Contact? {
        record(key).map { c in
            Contact(email: c.string("email"), tel: c.string("tel"), url: c.string("url"),
                    address: c.text("address"), form: c.string("form"))
        }
    }
}
