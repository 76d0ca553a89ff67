/// 施設・集会室: a facility and its rooms for hire.
public struct Facility: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case supportCenter = "support-center"
        case communityHub = "community-hub"
        case hall, library, other
    }

    public enum BarrierFree: String, Sendable, CaseIterable {
        case wheelchair, elevator
        case accessibleToilet = "accessible-toilet"
        case hearingLoop = "hearing-loop"
        case braille
        case nursingRoom = "nursing-room"
    }

    public struct Geo: Hashable, Sendable {
        public var lat: Double
        public var lon: Double

        public init(lat: Double, lon: Double) {
            self.lat = lat
            self.lon = lon
        }
    }

    public struct Access: Hashable, Sendable {
        public var station: LocalizedText
        public var line: LocalizedText?
        public var walkMinutes: Int?

        public init(station: LocalizedText, line: LocalizedText?, walkMinutes: Int?) {
            self.station = station
            self.line = line
            self.walkMinutes = walkMinutes
        }
    }

    public struct Hours: Hashable, Sendable {
        public var days: OpeningDays
        public var open: LocalTime
        public var close: LocalTime

        public init(days: OpeningDays, open: LocalTime, close: LocalTime) {
            self.days = days
            self.open = open
            self.close = close
        }
    }

    public struct Booking: Hashable, Sendable {
        public enum Method: String, Sendable, CaseIterable {
            case online, phone
            case inPerson = "in-person"
            case lottery
        }

        public var method: Method?
        public var url: String?
        public var tel: String?
        public var opens: LocalizedText?
        public var note: LocalizedText?

        public init(method: Method?, url: String?, tel: String?, opens: LocalizedText?, note: LocalizedText?) {
            self.method = method
            self.url = url
            self.tel = tel
            self.opens = opens
            self.note = note
        }
    }

    public struct Room: Hashable, Sendable {
        public struct Fee: Hashable, Sendable {
            public var slot: LocalizedText
            public var yen: Int

            public init(slot: LocalizedText, yen: Int) {
                self.slot = slot
                self.yen = yen
            }
        }

        public var id: String
        public var name: LocalizedText
        public var capacity: Int?
        public var areaM2: Double?
        public var fees: [Fee]
        public var equipment: [String]

        public init(id: String, name: LocalizedText, capacity: Int?, areaM2: Double?, fees: [Fee], equipment: [String]) {
            self.id = id
            self.name = name
            self.capacity = capacity
            self.areaM2 = areaM2
            self.fees = fees
            self.equipment = equipment
        }
    }

    public var slug: String
    public var name: LocalizedText
    public var kana: LocalizedText?
    public var kind: Kind?
    public var district: String
    public var address: LocalizedText
    public var geo: Geo?
    public var access: [Access]
    public var parking: Bool?
    public var bicycleParking: Bool?
    public var barrierFree: [BarrierFree]
    public var hours: [Hours]
    public var closed: LocalizedText?
    public var booking: Booking?
    public var rooms: [Room]
    public var equipmentLending: [LocalizedText]
    public var tel: String?
    public var url: String?
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, name: LocalizedText, kana: LocalizedText?, kind: Kind?, district: String,
        address: LocalizedText, geo: Geo?, access: [Access], parking: Bool?, bicycleParking: Bool?,
        barrierFree: [BarrierFree], hours: [Hours], closed: LocalizedText?, booking: Booking?,
        rooms: [Room], equipmentLending: [LocalizedText], tel: String?, url: String?,
        updated: LocalDate?, body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.name = name
        self.kana = kana
        self.kind = kind
        self.district = district
        self.address = address
        self.geo = geo
        self.access = access
        self.parking = parking
        self.bicycleParking = bicycleParking
        self.barrierFree = barrierFree
        self.hours = hours
        self.closed = closed
        self.booking = booking
        self.rooms = rooms
        self.equipmentLending = equipmentLending
        self.tel = tel
        self.url = url
        self.updated = updated
        self.body = body
    }
}
