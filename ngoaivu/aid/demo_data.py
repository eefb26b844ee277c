"""The demo's ODA projects and NGO-aid programmes (loaded by demo.py).

What the seed texts state is kept exactly: the titles and lenders of the projects they
name, the counts (Huế 12 ODA projects in 2022, 7 investment and 5 technical assistance;
Hà Giang 5 implementing and 3 mobilising in 2023, 49 NGO programmes of which 18 newly
committed for just over 3 million USD; Hà Tĩnh 21 programmes of 8 NGOs and 7
international organisations, about 1 million USD disbursed in 2023; Thái Nguyên ODA
disbursed 1.586.317 million đồng in 2016–2020). Other titles, dates and amounts are
plausible inventions where the texts say nothing.
"""
from datetime import date

# key → (Vietnamese name, original name, partner type, country); names as partners/demo.py spells them.
DONORS = {
    "JICA": ("JICA", "Japan International Cooperation Agency", "organization", "JP"),
    "ADB": ("ADB", "Asian Development Bank", "organization", None),
    "WB": ("WB", "World Bank", "organization", None),
    "KOICA": ("KOICA", "Korea International Cooperation Agency", "organization", "KR"),
    "AFD": ("AFD", "Agence française de développement", "organization", "FR"),
    "KEXIM": ("KEXIMBANK", "Export-Import Bank of Korea", "organization", "KR"),
    "WV": ("Tổ chức Tầm nhìn Thế giới", "World Vision", "ngo", None),
    "CARE": ("Tổ chức CARE", "CARE International", "ngo", None),
    "PRINCE_CLAUS": ("Quỹ Prince Claus", "Prince Claus Fund", "organization", "NL"),
    "PLAN": ("Tổ chức Plan International", "Plan International", "ngo", None),
    "SAVE": ("Tổ chức Cứu trợ Trẻ em", "Save the Children International", "ngo", None),
    "CHILDFUND": ("Tổ chức ChildFund Australia", "ChildFund Australia", "ngo", "AU"),
    "THRIVE": ("Tổ chức Đông Tây Hội ngộ", "Thrive Networks (East Meets West)", "ngo", "US"),
    "ROOM": ("Tổ chức Room to Read", "Room to Read", "ngo", "US"),
    "HABITAT": ("Tổ chức Habitat for Humanity", "Habitat for Humanity International", "ngo", "US"),
    "CARITAS": ("Tổ chức Caritas Đức", "Caritas Germany", "ngo", "DE"),
    "PATHFINDER": ("Tổ chức Pathfinder International", "Pathfinder International", "ngo", "US"),
    "ACTIONAID": ("Tổ chức ActionAid Quốc tế", "ActionAid International", "ngo", None),
    "UNICEF": ("Quỹ Nhi đồng Liên hợp quốc", "UNICEF", "organization", None),
    "UNDP": ("Chương trình Phát triển Liên hợp quốc", "UNDP", "organization", None),
    "WHO": ("Tổ chức Y tế Thế giới", "WHO", "organization", None),
    "UNFPA": ("Quỹ Dân số Liên hợp quốc", "UNFPA", "organization", None),
    "FAO": ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "FAO", "organization", None),
    "IOM": ("Tổ chức Di cư Quốc tế", "IOM", "organization", None),
    "IFAD": ("Quỹ Quốc tế về Phát triển Nông nghiệp", "IFAD", "organization", None),
}

LINE_AGENCY = {"hue": "UBND tỉnh Thừa Thiên Huế", "tuyenquang": "UBND tỉnh Hà Giang",
               "thanhhoa": "UBND tỉnh Thanh Hóa", "hatinh": "UBND tỉnh Hà Tĩnh", "thainguyen": "UBND tỉnh Thái Nguyên"}

# slug → [(title, donor, instrument, type, DAC sector, stage, proposed on, actual start, actual end,
#          planned end, committed, currency, [(transaction type, date, amount, currency, note)])]
LOAN, CONCESSIONAL, TA = "oda_loan", "concessional_loan", "technical_assistance"
INV, TECH, PROG = "investment", "technical_assistance", "programme"
IMPL, MOB, CLOSED = "implementing", "mobilising", "closed"
ODA_PROJECTS = {
    "hue": [
        ("Cải thiện môi trường nước thành phố Huế", "JICA", LOAN, INV, "14022", IMPL, None, date(2015, 7, 1), None,
         date(2023, 12, 31), "22850000000", "JPY",
         [("commitment", date(2015, 3, 30), "22850000000", "JPY", "Ký hiệp định vay"),
          ("disbursement", date(2022, 5, 20), "95000000000", "VND", "Giải ngân 6 tháng đầu năm 2022")]),
        ("Phát triển cơ sở hạ tầng du lịch hỗ trợ tăng trưởng toàn diện khu vực tiểu vùng sông Mê Kông mở rộng, "
         "giai đoạn 2 – tiểu dự án Thừa Thiên Huế", "ADB", LOAN, INV, "33210", IMPL, None, date(2019, 3, 1), None,
         date(2024, 6, 30), "26000000", "USD", []),
        ("Sửa chữa và nâng cao an toàn đập (WB8) – tiểu dự án tỉnh Thừa Thiên Huế", "WB", LOAN, INV, "31140", IMPL,
         None, date(2016, 4, 1), None, date(2023, 6, 30), "9500000", "USD", []),
        ("Xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP) – tỉnh Thừa Thiên Huế", "WB", LOAN, INV,
         "21020", IMPL, None, date(2016, 9, 1), None, date(2023, 6, 30), "6200000", "USD", []),
        ("Đầu tư xây dựng và phát triển hệ thống cung ứng dịch vụ y tế tuyến cơ sở – tỉnh Thừa Thiên Huế", "WB", LOAN,
         INV, "12230", IMPL, None, date(2020, 1, 15), None, date(2024, 12, 31), "7800000", "USD",
         [("disbursement", date(2022, 6, 15), "41500000000", "VND", "Giải ngân 6 tháng đầu năm 2022")]),
        ("Phát triển đô thị ven biển thích ứng với biến đổi khí hậu tỉnh Thừa Thiên Huế", "AFD", LOAN, INV, "43030",
         IMPL, None, date(2018, 10, 1), None, date(2024, 12, 31), "30000000", "EUR", []),
        ("Hiện đại hóa ngành lâm nghiệp và tăng cường tính chống chịu vùng ven biển (FMCR) – tỉnh Thừa Thiên Huế",
         "WB", LOAN, INV, "31220", IMPL, None, date(2017, 6, 1), None, date(2023, 12, 31), "5600000", "USD", []),
        ("Nâng cao năng lực bảo tồn và phát huy giá trị Quần thể di tích Cố đô Huế", "KOICA", TA, TECH, "16061",
         IMPL, None, date(2020, 5, 1), None, date(2023, 12, 31), "3000000", "USD", []),
        ("Tăng cường năng lực quản lý chất thải rắn đô thị thành phố Huế", "JICA", TA, TECH, "14050", IMPL, None,
         date(2019, 9, 1), None, date(2022, 12, 31), "450000000", "JPY", []),
        ("Hỗ trợ kỹ thuật chuẩn bị dự án phát triển đô thị thông minh thành phố Huế", "ADB", TA, TECH, "43030", IMPL,
         None, date(2021, 3, 1), None, date(2023, 3, 31), "1200000", "USD", []),
        ("Hỗ trợ kỹ thuật quy hoạch du lịch bền vững vùng đầm phá Tam Giang – Cầu Hai", "AFD", TA, TECH, "33210",
         IMPL, None, date(2021, 6, 1), None, date(2023, 6, 30), "800000", "EUR", []),
        ("Nâng cao năng lực y tế dự phòng tuyến cơ sở tỉnh Thừa Thiên Huế", "KOICA", TA, TECH, "12250", IMPL, None,
         date(2020, 11, 1), None, date(2023, 10, 31), "2500000", "USD", []),
    ],
    "tuyenquang": [
        ("Xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP) – tỉnh Hà Giang", "WB", LOAN, INV, "21020",
         IMPL, None, date(2016, 10, 1), None, date(2023, 12, 31), "5400000", "USD", []),
        ("Phát triển cơ sở hạ tầng thích ứng với biến đổi khí hậu hỗ trợ sản xuất nông nghiệp cho đồng bào dân tộc "
         "thiểu số vùng miền núi, biên giới tỉnh Hà Giang", "ADB", CONCESSIONAL, INV, "31140", IMPL, None,
         date(2019, 8, 1), None, date(2024, 12, 31), "45000000", "USD",
         [("disbursement", date(2023, 5, 25), "62000000000", "VND", "Giải ngân đến tháng 5/2023")]),
        ("Sửa chữa và nâng cao an toàn đập (WB8) – tiểu dự án tỉnh Hà Giang", "WB", LOAN, INV, "31140", IMPL, None,
         date(2017, 5, 1), None, date(2023, 12, 31), "4200000", "USD", []),
        ("Chương trình mở rộng quy mô vệ sinh và nước sạch nông thôn dựa trên kết quả – tỉnh Hà Giang", "WB", LOAN,
         PROG, "14030", IMPL, None, date(2016, 6, 1), None, date(2023, 12, 31), "8000000", "USD", []),
        ("Hỗ trợ kỹ thuật phát triển du lịch cộng đồng vùng Cao nguyên đá Đồng Văn", "JICA", TA, TECH, "33210", IMPL,
         None, date(2021, 4, 1), None, date(2024, 3, 31), "300000000", "JPY", []),
        ("Phát triển nông thôn thích ứng với thiên tai", "JICA", LOAN, INV, "43040", MOB, date(2023, 3, 20), None,
         None, None, None, "JPY", []),
        ("Phát triển cơ sở hạ tầng xanh thích ứng với biến đổi khí hậu cho đồng bào dân tộc thiểu số - Tiểu dự án "
         "tỉnh Hà Giang", "ADB", LOAN, INV, "43040", MOB, date(2023, 2, 10), None, None, None, None, "USD", []),
        ("Quản lý tài sản đường địa phương giai đoạn 2", "WB", LOAN, INV, "21020", MOB, date(2023, 4, 5), None, None,
         None, None, "USD", []),
    ],
    "thanhhoa": [
        ("Phát triển cơ sở hạ tầng đô thị thành phố Thanh Hóa", "ADB", LOAN, INV, "43030", CLOSED, None,
         date(2014, 6, 1), date(2020, 12, 31), date(2020, 12, 31), "70000000", "USD",
         [("disbursement", date(year, 12, 31), amount, "VND", f"Giải ngân cả năm {year}")
          for year, amount in ((2016, "210000000000"), (2017, "265000000000"), (2018, "310000000000"),
                               (2019, "240000000000"), (2020, "150000000000"))]),
        ("Hiện đại hóa ngành lâm nghiệp và tăng cường tính chống chịu vùng ven biển (FMCR) – tỉnh Thanh Hóa", "WB",
         LOAN, INV, "31220", IMPL, None, date(2017, 9, 1), None, date(2023, 12, 31), "8300000", "USD", []),
        ("Sửa chữa và nâng cao an toàn đập (WB8) – tỉnh Thanh Hóa", "WB", LOAN, INV, "31140", IMPL, None,
         date(2016, 8, 1), None, date(2023, 6, 30), "12500000", "USD", []),
        ("Xây dựng hệ thống thoát nước và xử lý nước thải thành phố Sầm Sơn", "KEXIM", LOAN, INV, "14022", IMPL, None,
         date(2016, 3, 1), None, date(2021, 12, 31), "35000000", "USD",
         [("commitment", date(2015, 11, 20), "35000000", "USD", "Ký hiệp định vay EDCF")]),
    ],
    "hatinh": [
        ("Sửa chữa và nâng cao an toàn đập (WB8) – tiểu dự án tỉnh Hà Tĩnh", "WB", LOAN, INV, "31140", IMPL, None,
         date(2016, 7, 1), None, date(2024, 6, 30), "14000000", "USD", []),
        ("Hiện đại hóa ngành lâm nghiệp và tăng cường tính chống chịu vùng ven biển (FMCR) – tỉnh Hà Tĩnh", "WB", LOAN,
         INV, "31220", IMPL, None, date(2017, 9, 1), None, date(2024, 12, 31), "7500000", "USD", []),
        ("Cải thiện hạ tầng thủy lợi vùng ven biển thích ứng với biến đổi khí hậu tỉnh Hà Tĩnh", "ADB", LOAN, INV,
         "31140", IMPL, None, date(2019, 5, 1), None, date(2025, 6, 30), "40000000", "USD",
         [("disbursement", date(2023, 11, 30), "180000000000", "VND", "Giải ngân 11 tháng năm 2023")]),
        ("Nâng cấp hệ thống cấp nước và thoát nước thị xã Kỳ Anh", "AFD", LOAN, INV, "14020", IMPL, None,
         date(2018, 12, 1), None, date(2024, 12, 31), "25000000", "EUR", []),
        ("Hạ tầng ưu tiên và phát triển đô thị thích ứng với biến đổi khí hậu thành phố Hà Tĩnh", "ADB", LOAN, INV,
         "43030", MOB, date(2022, 6, 15), None, None, None, None, "USD", []),
    ],
    "thainguyen": [
        ("Phát triển các đô thị xanh – tiểu dự án thành phố Thái Nguyên", "ADB", LOAN, INV, "43030", IMPL, None,
         date(2016, 1, 1), None, date(2022, 12, 31), "62000000", "USD",
         [("disbursement", date(year, 12, 31), amount, "VND", f"Vốn thực hiện, giải ngân năm {year}")
          for year, amount in ((2016, "120000000000"), (2017, "185500000000"), (2018, "240300000000"),
                               (2019, "210000000000"), (2020, "165200000000"))]),
        ("Hỗ trợ xử lý chất thải bệnh viện – tỉnh Thái Nguyên", "WB", LOAN, INV, "14050", CLOSED, None,
         date(2015, 5, 1), date(2018, 12, 31), date(2018, 12, 31), "5500000", "USD",
         [("disbursement", date(year, 12, 31), amount, "VND", f"Vốn thực hiện, giải ngân năm {year}")
          for year, amount in ((2016, "35000000000"), (2017, "48200000000"), (2018, "30117000000"))]),
        ("Sửa chữa và nâng cao an toàn đập (WB8) – tỉnh Thái Nguyên", "WB", LOAN, INV, "31140", IMPL, None,
         date(2016, 6, 1), None, date(2023, 6, 30), "15000000", "USD",
         [("disbursement", date(year, 12, 31), amount, "VND", f"Vốn thực hiện, giải ngân năm {year}")
          for year, amount in ((2017, "42000000000"), (2018, "96000000000"), (2019, "110000000000"),
                               (2020, "74000000000"))]),
        ("Xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP) – tỉnh Thái Nguyên", "WB", LOAN, INV,
         "21020", IMPL, None, date(2016, 9, 1), None, date(2023, 6, 30), "11000000", "USD",
         [("disbursement", date(year, 12, 31), amount, "VND", f"Vốn thực hiện, giải ngân năm {year}")
          for year, amount in ((2017, "28000000000"), (2018, "61000000000"), (2019, "78000000000"),
                               (2020, "63000000000"))]),
    ],
}

# NGO aid: (theme, kind, DAC sector) and the places the generated programmes serve.
NGO_THEMES = [
    ("Chương trình phát triển vùng", "programme", "43040"),
    ("Nước sạch và vệ sinh trường học", "project", "14030"),
    ("Dinh dưỡng và chăm sóc sức khỏe bà mẹ, trẻ em", "project", "12240"),
    ("Nâng cao chất lượng giáo dục tiểu học", "project", "11220"),
    ("Sinh kế bền vững cho đồng bào dân tộc thiểu số", "project", "31120"),
    ("Thư viện thân thiện và văn hóa đọc cho học sinh", "project", "11220"),
    ("Xây dựng điểm trường mầm non", "non_project", "11240"),
    ("Phòng, chống thiên tai dựa vào cộng đồng", "project", "74020"),
]
HA_GIANG_DISTRICTS = ["Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Bắc Mê", "Hoàng Su Phì", "Xín Mần", "Vị Xuyên",
                      "Bắc Quang", "Quang Bình"]
HA_GIANG_NGOS = ["WV", "PLAN", "SAVE", "CHILDFUND", "THRIVE", "ROOM", "UNICEF", "UNDP"]
# The 18 commitments signed in the first half of 2023: 3.042.600 USD in all ("đạt trên 3 triệu USD").
HA_GIANG_NEW_COMMITMENTS = [250000, 180000, 95000, 320000, 140000, 210000, 75000, 160000, 230000, 120000, 185000,
                            90000, 300000, 110000, 150000, 82600, 145000, 200000]
HA_GIANG_OLDER_PROGRAMMES = 31

# Hà Tĩnh 2023: (donor, title, kind, sector, beneficiary area, started, committed, disbursed in 2023)
HA_TINH_PROGRAMMES = [
    ("WV", "Chương trình phát triển vùng huyện Hương Khê", "programme", "43040", "Huyện Hương Khê",
     date(2019, 10, 1), 950000, 118000),
    ("WV", "Chương trình phát triển vùng huyện Vũ Quang", "programme", "43040", "Huyện Vũ Quang",
     date(2020, 10, 1), 900000, 112500),
    ("PLAN", "Giáo dục kỹ năng sống và bình đẳng giới cho trẻ em", "project", "11220", "Huyện Kỳ Anh",
     date(2021, 7, 1), 260000, 52000),
    ("PLAN", "Nước sạch và vệ sinh trường học", "project", "14030", "Huyện Cẩm Xuyên", date(2022, 3, 1), 180000,
     61000),
    ("CARE", "Tăng cường khả năng chống chịu thiên tai cho phụ nữ vùng ven biển", "project", "74020",
     "Huyện Lộc Hà, huyện Thạch Hà", date(2021, 5, 1), 240000, 48000),
    ("CARE", "Sinh kế bền vững cho phụ nữ nghèo", "project", "31120", "Huyện Hương Sơn", date(2022, 9, 1), 150000,
     37500),
    ("HABITAT", "Nhà ở an toàn chống bão lụt cho hộ nghèo", "project", "16030", "Huyện Cẩm Xuyên",
     date(2022, 4, 1), 120000, 40000),
    ("CARITAS", "Hỗ trợ người khuyết tật hòa nhập cộng đồng", "project", "16010", "Huyện Đức Thọ",
     date(2021, 11, 1), 95000, 23000),
    ("PATHFINDER", "Chăm sóc sức khỏe sinh sản vị thành niên", "project", "13020", "Huyện Nghi Xuân",
     date(2022, 1, 1), 110000, 30500),
    ("ACTIONAID", "Phát triển cộng đồng dựa vào quyền huyện Can Lộc", "programme", "15150", "Huyện Can Lộc",
     date(2020, 6, 1), 420000, 56000),
    ("ACTIONAID", "Ứng phó biến đổi khí hậu cho nông dân ven biển", "project", "41010", "Huyện Thạch Hà",
     date(2023, 2, 1), 130000, 41000),
    ("THRIVE", "Nhà vệ sinh hộ gia đình và nước sạch nông thôn", "project", "14030", "Huyện Hương Sơn",
     date(2022, 6, 1), 160000, 45000),
    ("UNICEF", "Dinh dưỡng và phát triển toàn diện trẻ thơ", "programme", "12240", "Tỉnh Hà Tĩnh",
     date(2022, 1, 1), 380000, 82000),
    ("UNICEF", "Bảo vệ trẻ em dựa vào cộng đồng", "project", "15160", "Thành phố Hà Tĩnh", date(2023, 3, 1),
     150000, 26000),
    ("UNDP", "Phục hồi sinh kế sau thiên tai vùng ven biển", "project", "73010", "Huyện Kỳ Anh",
     date(2021, 2, 1), 300000, 47000),
    ("UNDP", "Nhà an toàn chống bão cho hộ nghèo vùng ven biển", "project", "74020", "Huyện Cẩm Xuyên",
     date(2022, 8, 1), 220000, 35000),
    ("WHO", "Nâng cao năng lực phòng chống bệnh không lây nhiễm tuyến y tế cơ sở", "project", "12310",
     "Tỉnh Hà Tĩnh", date(2022, 5, 1), 90000, 21000),
    ("UNFPA", "Chăm sóc người cao tuổi dựa vào cộng đồng", "project", "16010", "Huyện Đức Thọ",
     date(2021, 9, 1), 85000, 19000),
    ("FAO", "Nông nghiệp thông minh thích ứng khí hậu", "project", "31120", "Huyện Hương Khê",
     date(2022, 2, 1), 140000, 28000),
    ("IOM", "Di cư an toàn và phòng chống mua bán người", "project", "15180", "Huyện Nghi Xuân", date(2023, 4, 1),
     70000, 14000),
    ("IFAD", "Hỗ trợ chuỗi giá trị nông sản cho hộ nghèo", "programme", "31120", "Huyện Vũ Quang",
     date(2020, 3, 1), 650000, 68500),
]

# Thanh Hóa 2016–2021, named by the text: (donor, title, kind, sector, area, started, ended, committed)
THANH_HOA_PROGRAMMES = [
    ("PRINCE_CLAUS", "Nghiên cứu và bảo tồn Minh Văn trên gạch xây dựng kinh thành Tây Đô", "project", "16061",
     "Di sản Thành Nhà Hồ, huyện Vĩnh Lộc", date(2018, 4, 1), date(2019, 12, 31), 50000),
    ("WV", "Hỗ trợ phát triển nghề dệt thổ cẩm truyền thống tại các huyện miền núi", "project", "31120",
     "Huyện Bá Thước, huyện Quan Hóa", date(2017, 6, 1), date(2020, 12, 31), 180000),
    ("CARE", "Phát triển sinh kế từ nghề dệt thổ cẩm cho phụ nữ dân tộc thiểu số", "project", "31120",
     "Huyện Lang Chánh, huyện Thường Xuân", date(2018, 1, 1), date(2021, 6, 30), 210000),
]
