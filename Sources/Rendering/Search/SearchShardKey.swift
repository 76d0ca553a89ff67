/// Which shard holds a term: FNV-1a (32-bit) of its UTF-8 bytes, modulo the shard count.
/// search.js computes the same.
public enum SearchShardKey {
    public static func hash(_ term: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for byte in term.utf8 {
            h ^= UInt32(byte)
            h = h &* 0x0100_0193
        }
        return h
    }

    public static func shard(_ term: String, count: Int) -> Int { Int(hash(term) % UInt32(count)) }
}
