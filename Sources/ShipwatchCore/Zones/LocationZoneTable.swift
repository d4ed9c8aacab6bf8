/// Which tz database zone a scan's location lies in: our own small table, built from public facts
/// (the tz database's zone tables: which countries have one zone, which zone each state or province of a
/// multi-zone country follows). Only identifiers live here; the offsets and DST rules come from the
/// system's tz database at run time (`TimeZone(identifier:)`).
///
/// - `singleZoneCountries`: countries whose whole territory keeps one civil time; the country alone decides.
/// - `regionZones`: for multi-zone countries, the zone of each state or province code (the zone most of
///   its people keep, where a state is split; `cityZones` holds the exceptions we know).
/// - `cityZones`: cities of multi-zone countries, keyed by `TextNormalization.key` of the city name.
enum LocationZoneTable {
    /// ISO 3166-1 alpha-2 → the country's only zone.
    static let singleZoneCountries: [String: String] = [
        // Europe
        "AD": "Europe/Andorra", "AL": "Europe/Tirane", "AT": "Europe/Vienna", "BA": "Europe/Sarajevo",
        "BE": "Europe/Brussels", "BG": "Europe/Sofia", "BY": "Europe/Minsk", "CH": "Europe/Zurich",
        "CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
        "FI": "Europe/Helsinki", "FO": "Atlantic/Faroe", "FR": "Europe/Paris", "GB": "Europe/London",
        "GG": "Europe/Guernsey", "GI": "Europe/Gibraltar", "GR": "Europe/Athens", "HR": "Europe/Zagreb",
        "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IM": "Europe/Isle_of_Man", "IS": "Atlantic/Reykjavik",
        "IT": "Europe/Rome", "JE": "Europe/Jersey", "LI": "Europe/Vaduz", "LT": "Europe/Vilnius",
        "LU": "Europe/Luxembourg", "LV": "Europe/Riga", "MC": "Europe/Monaco", "MD": "Europe/Chisinau",
        "ME": "Europe/Podgorica", "MK": "Europe/Skopje", "MT": "Europe/Malta", "NL": "Europe/Amsterdam",
        "NO": "Europe/Oslo", "PL": "Europe/Warsaw", "RO": "Europe/Bucharest", "RS": "Europe/Belgrade",
        "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "SM": "Europe/San_Marino",
        "VA": "Europe/Vatican", "XK": "Europe/Belgrade", "CY": "Asia/Nicosia", "TR": "Europe/Istanbul",
        "GE": "Asia/Tbilisi", "AM": "Asia/Yerevan", "AZ": "Asia/Baku",
        // Asia
        "AE": "Asia/Dubai", "AF": "Asia/Kabul", "BD": "Asia/Dhaka", "BH": "Asia/Bahrain", "BN": "Asia/Brunei",
        "BT": "Asia/Thimphu", "CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "IL": "Asia/Jerusalem",
        "IN": "Asia/Kolkata", "IQ": "Asia/Baghdad", "IR": "Asia/Tehran", "JO": "Asia/Amman", "JP": "Asia/Tokyo",
        "KG": "Asia/Bishkek", "KH": "Asia/Phnom_Penh", "KP": "Asia/Pyongyang", "KR": "Asia/Seoul",
        "KW": "Asia/Kuwait", "LA": "Asia/Vientiane", "LB": "Asia/Beirut", "LK": "Asia/Colombo",
        "MM": "Asia/Yangon", "MO": "Asia/Macau", "MV": "Indian/Maldives", "MY": "Asia/Kuala_Lumpur",
        "NP": "Asia/Kathmandu", "OM": "Asia/Muscat", "PH": "Asia/Manila", "PK": "Asia/Karachi",
        "QA": "Asia/Qatar", "SA": "Asia/Riyadh", "SG": "Asia/Singapore", "SY": "Asia/Damascus",
        "TH": "Asia/Bangkok", "TJ": "Asia/Dushanbe", "TL": "Asia/Dili", "TM": "Asia/Ashgabat",
        "TW": "Asia/Taipei", "UZ": "Asia/Tashkent", "VN": "Asia/Ho_Chi_Minh", "YE": "Asia/Aden",
        // Africa
        "AO": "Africa/Luanda", "BF": "Africa/Ouagadougou", "BI": "Africa/Bujumbura", "BJ": "Africa/Porto-Novo",
        "BW": "Africa/Gaborone", "CF": "Africa/Bangui", "CG": "Africa/Brazzaville", "CI": "Africa/Abidjan",
        "CM": "Africa/Douala", "CV": "Atlantic/Cape_Verde", "DJ": "Africa/Djibouti", "DZ": "Africa/Algiers",
        "EG": "Africa/Cairo", "ER": "Africa/Asmara", "ET": "Africa/Addis_Ababa", "GA": "Africa/Libreville",
        "GH": "Africa/Accra", "GM": "Africa/Banjul", "GN": "Africa/Conakry", "GQ": "Africa/Malabo",
        "GW": "Africa/Bissau", "KE": "Africa/Nairobi", "KM": "Indian/Comoro", "LR": "Africa/Monrovia",
        "LS": "Africa/Maseru", "LY": "Africa/Tripoli", "MA": "Africa/Casablanca", "MG": "Indian/Antananarivo",
        "ML": "Africa/Bamako", "MR": "Africa/Nouakchott", "MU": "Indian/Mauritius", "MW": "Africa/Blantyre",
        "MZ": "Africa/Maputo", "NA": "Africa/Windhoek", "NE": "Africa/Niamey", "NG": "Africa/Lagos",
        "RE": "Indian/Reunion", "RW": "Africa/Kigali", "SC": "Indian/Mahe", "SD": "Africa/Khartoum",
        "SL": "Africa/Freetown", "SN": "Africa/Dakar", "SO": "Africa/Mogadishu", "SS": "Africa/Juba",
        "ST": "Africa/Sao_Tome", "SZ": "Africa/Mbabane", "TD": "Africa/Ndjamena", "TG": "Africa/Lome",
        "TN": "Africa/Tunis", "TZ": "Africa/Dar_es_Salaam", "UG": "Africa/Kampala", "YT": "Indian/Mayotte",
        "ZA": "Africa/Johannesburg", "ZM": "Africa/Lusaka", "ZW": "Africa/Harare",
        // Americas (single-zone countries and territories)
        "AG": "America/Antigua", "AI": "America/Anguilla", "AR": "America/Argentina/Buenos_Aires",
        "AW": "America/Aruba", "BB": "America/Barbados", "BL": "America/St_Barthelemy", "BM": "Atlantic/Bermuda",
        "BO": "America/La_Paz", "BS": "America/Nassau", "BZ": "America/Belize", "CO": "America/Bogota",
        "CR": "America/Costa_Rica", "CU": "America/Havana", "CW": "America/Curacao", "DM": "America/Dominica",
        "DO": "America/Santo_Domingo", "GD": "America/Grenada", "GF": "America/Cayenne", "GP": "America/Guadeloupe",
        "GT": "America/Guatemala", "GY": "America/Guyana", "HN": "America/Tegucigalpa", "HT": "America/Port-au-Prince",
        "JM": "America/Jamaica", "KN": "America/St_Kitts", "KY": "America/Cayman", "LC": "America/St_Lucia",
        "MQ": "America/Martinique", "MS": "America/Montserrat", "NI": "America/Managua", "PA": "America/Panama",
        "PE": "America/Lima", "PM": "America/Miquelon", "PR": "America/Puerto_Rico", "PY": "America/Asuncion",
        "SR": "America/Paramaribo", "SV": "America/El_Salvador", "SX": "America/Lower_Princes",
        "TC": "America/Grand_Turk", "TT": "America/Port_of_Spain", "UY": "America/Montevideo",
        "VC": "America/St_Vincent", "VE": "America/Caracas", "VG": "America/Tortola", "VI": "America/St_Thomas",
        // Oceania (single-zone)
        "AS": "Pacific/Pago_Pago", "FJ": "Pacific/Fiji", "GU": "Pacific/Guam", "MP": "Pacific/Saipan",
        "NC": "Pacific/Noumea", "NR": "Pacific/Nauru", "NU": "Pacific/Niue", "PW": "Pacific/Palau",
        "SB": "Pacific/Guadalcanal", "TO": "Pacific/Tongatapu", "TV": "Pacific/Funafuti", "VU": "Pacific/Efate",
        "WS": "Pacific/Apia",
    ]

    /// Multi-zone countries: ISO country → state or province code (upper case) → zone.
    static let regionZones: [String: [String: String]] = [
        "US": [
            "AL": "America/Chicago", "AK": "America/Anchorage", "AZ": "America/Phoenix", "AR": "America/Chicago",
            "CA": "America/Los_Angeles", "CO": "America/Denver", "CT": "America/New_York", "DE": "America/New_York",
            "DC": "America/New_York", "FL": "America/New_York", "GA": "America/New_York", "HI": "Pacific/Honolulu",
            "ID": "America/Boise", "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis", "IA": "America/Chicago",
            "KS": "America/Chicago", "KY": "America/New_York", "LA": "America/Chicago", "ME": "America/New_York",
            "MD": "America/New_York", "MA": "America/New_York", "MI": "America/Detroit", "MN": "America/Chicago",
            "MS": "America/Chicago", "MO": "America/Chicago", "MT": "America/Denver", "NE": "America/Chicago",
            "NV": "America/Los_Angeles", "NH": "America/New_York", "NJ": "America/New_York", "NM": "America/Denver",
            "NY": "America/New_York", "NC": "America/New_York", "ND": "America/Chicago", "OH": "America/New_York",
            "OK": "America/Chicago", "OR": "America/Los_Angeles", "PA": "America/New_York", "RI": "America/New_York",
            "SC": "America/New_York", "SD": "America/Chicago", "TN": "America/Chicago", "TX": "America/Chicago",
            "UT": "America/Denver", "VT": "America/New_York", "VA": "America/New_York", "WA": "America/Los_Angeles",
            "WV": "America/New_York", "WI": "America/Chicago", "WY": "America/Denver",
            "PR": "America/Puerto_Rico", "VI": "America/St_Thomas", "GU": "Pacific/Guam", "AS": "Pacific/Pago_Pago",
            "MP": "Pacific/Saipan",
        ],
        "CA": [
            "BC": "America/Vancouver", "AB": "America/Edmonton", "SK": "America/Regina", "MB": "America/Winnipeg",
            "ON": "America/Toronto", "QC": "America/Toronto", "NB": "America/Moncton", "NS": "America/Halifax",
            "PE": "America/Halifax", "NL": "America/St_Johns", "YT": "America/Whitehorse", "NT": "America/Edmonton",
            "NU": "America/Iqaluit",
        ],
        "AU": [
            "NSW": "Australia/Sydney", "ACT": "Australia/Sydney", "VIC": "Australia/Melbourne", "QLD": "Australia/Brisbane",
            "SA": "Australia/Adelaide", "WA": "Australia/Perth", "TAS": "Australia/Hobart", "NT": "Australia/Darwin",
        ],
        "BR": [
            "AC": "America/Rio_Branco", "AM": "America/Manaus", "RR": "America/Boa_Vista", "RO": "America/Porto_Velho",
            "MT": "America/Cuiaba", "MS": "America/Campo_Grande", "PA": "America/Belem", "AP": "America/Belem",
            "TO": "America/Araguaina", "MA": "America/Fortaleza", "PI": "America/Fortaleza", "CE": "America/Fortaleza",
            "RN": "America/Fortaleza", "PB": "America/Fortaleza", "PE": "America/Recife", "AL": "America/Maceio",
            "SE": "America/Maceio", "BA": "America/Bahia", "GO": "America/Sao_Paulo", "DF": "America/Sao_Paulo",
            "MG": "America/Sao_Paulo", "ES": "America/Sao_Paulo", "RJ": "America/Sao_Paulo", "SP": "America/Sao_Paulo",
            "PR": "America/Sao_Paulo", "SC": "America/Sao_Paulo", "RS": "America/Sao_Paulo",
        ],
        "MX": [
            "BC": "America/Tijuana", "BCS": "America/Mazatlan", "SON": "America/Hermosillo", "SIN": "America/Mazatlan",
            "NAY": "America/Mazatlan", "CHH": "America/Chihuahua", "ROO": "America/Cancun", "NLE": "America/Monterrey",
            "COA": "America/Monterrey", "TAM": "America/Monterrey", "DUR": "America/Monterrey", "CMX": "America/Mexico_City",
            "MEX": "America/Mexico_City", "JAL": "America/Mexico_City", "PUE": "America/Mexico_City",
            "GUA": "America/Mexico_City", "QUE": "America/Mexico_City", "VER": "America/Mexico_City",
            "YUC": "America/Merida", "CAM": "America/Merida",
        ],
        "ES": ["CN": "Atlantic/Canary", "GC": "Atlantic/Canary", "TF": "Atlantic/Canary"],
        "PT": ["20": "Atlantic/Azores", "30": "Atlantic/Madeira"],
    ]

    /// Cities of multi-zone countries (hubs and the exceptions to a state's zone), keyed by country then
    /// `TextNormalization.key` of the name.
    static let cityZones: [String: [String: String]] = [
        "US": [
            "EL PASO": "America/Denver", "PENSACOLA": "America/Chicago", "PANAMA CITY": "America/Chicago",
            "EVANSVILLE": "America/Chicago", "GARY": "America/Chicago", "BOWLING GREEN": "America/Chicago",
            "PADUCAH": "America/Chicago", "KNOXVILLE": "America/New_York", "CHATTANOOGA": "America/New_York",
            "RAPID CITY": "America/Denver", "SCOTTSBLUFF": "America/Denver", "COEUR D ALENE": "America/Los_Angeles",
            "LEWISTON": "America/Los_Angeles", "ONTARIO": "America/Boise", "MENOMINEE": "America/Menominee",
            "MEMPHIS": "America/Chicago", "LOUISVILLE": "America/New_York", "INDIANAPOLIS": "America/Indiana/Indianapolis",
            "NEW YORK": "America/New_York", "LOS ANGELES": "America/Los_Angeles", "CHICAGO": "America/Chicago",
            "DALLAS": "America/Chicago", "ATLANTA": "America/New_York", "CINCINNATI": "America/New_York",
            "HONOLULU": "Pacific/Honolulu", "ANCHORAGE": "America/Anchorage", "PHOENIX": "America/Phoenix",
        ],
        "CA": [
            "VANCOUVER": "America/Vancouver", "CALGARY": "America/Edmonton", "EDMONTON": "America/Edmonton",
            "WINNIPEG": "America/Winnipeg", "TORONTO": "America/Toronto", "MISSISSAUGA": "America/Toronto",
            "MONTREAL": "America/Toronto", "OTTAWA": "America/Toronto", "HALIFAX": "America/Halifax",
            "ST JOHNS": "America/St_Johns", "REGINA": "America/Regina",
        ],
        "AU": [
            "SYDNEY": "Australia/Sydney", "MELBOURNE": "Australia/Melbourne", "BRISBANE": "Australia/Brisbane",
            "ADELAIDE": "Australia/Adelaide", "PERTH": "Australia/Perth", "HOBART": "Australia/Hobart",
            "DARWIN": "Australia/Darwin", "CANBERRA": "Australia/Sydney",
        ],
        "BR": [
            "SAO PAULO": "America/Sao_Paulo", "RIO DE JANEIRO": "America/Sao_Paulo", "CURITIBA": "America/Sao_Paulo",
            "CAMPINAS": "America/Sao_Paulo", "MANAUS": "America/Manaus", "RECIFE": "America/Recife",
            "FORTALEZA": "America/Fortaleza", "SALVADOR": "America/Bahia",
        ],
        "MX": [
            "MEXICO CITY": "America/Mexico_City", "CIUDAD DE MEXICO": "America/Mexico_City", "GUADALAJARA": "America/Mexico_City",
            "MONTERREY": "America/Monterrey", "TIJUANA": "America/Tijuana", "CANCUN": "America/Cancun",
            "CIUDAD JUAREZ": "America/Ciudad_Juarez", "HERMOSILLO": "America/Hermosillo", "MATAMOROS": "America/Matamoros",
        ],
        "RU": [
            "MOSCOW": "Europe/Moscow", "SAINT PETERSBURG": "Europe/Moscow", "ST PETERSBURG": "Europe/Moscow",
            "KALININGRAD": "Europe/Kaliningrad", "SAMARA": "Europe/Samara", "YEKATERINBURG": "Asia/Yekaterinburg",
            "OMSK": "Asia/Omsk", "NOVOSIBIRSK": "Asia/Novosibirsk", "KRASNOYARSK": "Asia/Krasnoyarsk",
            "IRKUTSK": "Asia/Irkutsk", "YAKUTSK": "Asia/Yakutsk", "VLADIVOSTOK": "Asia/Vladivostok",
            "KHABAROVSK": "Asia/Vladivostok", "MAGADAN": "Asia/Magadan", "PETROPAVLOVSK KAMCHATSKY": "Asia/Kamchatka",
        ],
        "ID": [
            "JAKARTA": "Asia/Jakarta", "SURABAYA": "Asia/Jakarta", "BANDUNG": "Asia/Jakarta", "MEDAN": "Asia/Jakarta",
            "DENPASAR": "Asia/Makassar", "MAKASSAR": "Asia/Makassar", "BALIKPAPAN": "Asia/Makassar",
            "JAYAPURA": "Asia/Jayapura",
        ],
        "ES": [
            "MADRID": "Europe/Madrid", "BARCELONA": "Europe/Madrid", "VALENCIA": "Europe/Madrid", "ZARAGOZA": "Europe/Madrid",
            "SEVILLA": "Europe/Madrid", "MALAGA": "Europe/Madrid", "LAS PALMAS": "Atlantic/Canary",
            "SANTA CRUZ DE TENERIFE": "Atlantic/Canary",
        ],
        "PT": ["LISBOA": "Europe/Lisbon", "LISBON": "Europe/Lisbon", "PORTO": "Europe/Lisbon", "FUNCHAL": "Atlantic/Madeira",
               "PONTA DELGADA": "Atlantic/Azores"],
        "NZ": ["AUCKLAND": "Pacific/Auckland", "WELLINGTON": "Pacific/Auckland", "CHRISTCHURCH": "Pacific/Auckland"],
        "CL": ["SANTIAGO": "America/Santiago", "VALPARAISO": "America/Santiago"],
        "EC": ["QUITO": "America/Guayaquil", "GUAYAQUIL": "America/Guayaquil"],
        "KZ": ["ALMATY": "Asia/Almaty", "ASTANA": "Asia/Almaty"],
        "UA": ["KYIV": "Europe/Kyiv", "KIEV": "Europe/Kyiv", "LVIV": "Europe/Kyiv", "ODESA": "Europe/Kyiv", "KHARKIV": "Europe/Kyiv"],
    ]
}
