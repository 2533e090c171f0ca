// Stage: locale.
// Two syllables that are one word ("xây dựng", "nông thôn", "Trung ương") or
// one name ("Hà Tĩnh", "Trần Văn Bình"): where a line of a title, a summary
// or a list item ends between them, a clerk reads a word cut in two and
// moves the break by hand. The layout makes such a break cost more than a
// break between words (layout/paragraph.cpp); it stays possible when nothing
// else fits.
//
// Vietnamese writes every syllable apart, so the words must be known: the
// table holds the compound words of official documents — administration,
// the national programmes' reports, finance, disasters, the Party's bodies —
// each in lower case, and matched in any case ("NÔNG THÔN", "Nông thôn").
// Two syllables each written with a capital and then small letters are a name.
#include "locale/text.hpp"

#include "core/utf8.hpp"

#include <unicode/uchar.h>

#include <iterator>
#include <string>
#include <unordered_set>

namespace vanban::locale {
namespace {

// Lower case, NFC, one space between the two syllables. Where two tone
// placements are in use (ủy/uỷ, hòa/hoà, hóa/hoá, thủy/thuỷ) both are listed.
// A plain array: deducing std::array<…, 441> from its initialiser is past clang's fold-expression limit.
constexpr const char* kWords[] = {
    // Bodies, offices, titles.
    "ủy ban", "uỷ ban", "nhân dân", "hội đồng", "văn phòng", "chính phủ", "thủ tướng", "quốc hội", "bộ trưởng",
    "chủ tịch", "bí thư", "giám đốc", "trưởng ban", "thường trực", "thường vụ", "chỉ đạo", "điều phối", "mặt trận",
    "tổ quốc", "trung ương", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "đảng ủy",
    "đảng uỷ", "đảng bộ", "chi bộ", "đảng viên", "cán bộ", "công chức", "viên chức", "cơ quan", "đơn vị",
    "địa phương", "hành chính", "nhà nước", "chính quyền", "đoàn thể", "thanh niên", "phụ nữ", "nông dân",
    "cựu chiến", "chiến binh", "công đoàn", "liên đoàn", "hội viên", "đại biểu", "thành viên", "tổ trưởng",
    "trưởng thôn", "công an", "quân sự", "biên phòng", "kiểm sát", "tòa án", "toà án", "thanh tra", "kiểm toán",
    "tư pháp", "tài chính", "kế hoạch", "đầu tư", "xây dựng", "giao thông", "vận tải", "công thương",
    "nông nghiệp", "lâm nghiệp", "ngư nghiệp", "công nghiệp", "tài nguyên", "môi trường", "văn hóa", "văn hoá",
    "thể thao", "du lịch", "giáo dục", "đào tạo", "y tế", "khoa học", "công nghệ", "thông tin", "truyền thông",
    "nội vụ", "ngoại vụ", "lao động", "thương binh", "dân tộc", "tôn giáo", "ngân hàng", "kho bạc", "thuế vụ",
    "hải quan", "thống kê", "bảo hiểm", "bưu điện", "điện lực",
    // Places and their kinds.
    "tỉnh lộ", "quốc lộ", "thị xã", "thị trấn", "thành phố", "thôn xóm", "khu dân", "dân cư", "khu vực",
    "vùng sâu", "miền núi", "đồng bằng", "ven biển", "biên giới", "đô thị", "văn minh", "thông minh", "nội đồng", "việt nam",
    // Programmes, plans, reports.
    "chương trình", "mục tiêu", "quốc gia", "nông thôn", "kiểu mẫu", "nâng cao", "tiêu chí", "tiêu chuẩn",
    "đề án", "dự án", "nhiệm vụ", "giải pháp", "trọng tâm", "trọng điểm", "kết quả", "thực hiện",
    "triển khai", "tổ chức", "điều hành", "quản lý", "theo dõi", "đôn đốc", "kiểm tra", "giám sát", "đánh giá",
    "rà soát", "tổng hợp", "báo cáo", "thông báo", "kết luận", "hội nghị", "cuộc họp", "phiên họp", "ý kiến",
    "đề nghị", "đề xuất", "kiến nghị", "tham mưu", "phối hợp", "hướng dẫn", "chấp hành", "ban hành", "phê duyệt",
    "thẩm định", "thẩm tra", "quyết định", "nghị quyết", "nghị định", "thông tư", "chỉ thị", "công văn",
    "tờ trình", "biên bản", "giấy mời", "giới thiệu", "công điện", "liên tịch", "quy định", "quy chế",
    "quy hoạch", "quy trình", "chính sách", "cơ chế", "pháp luật", "văn bản", "hồ sơ", "thủ tục", "số liệu",
    "tiến độ", "khối lượng", "chất lượng", "hiệu quả", "hiệu lực", "trách nhiệm", "chức năng", "thẩm quyền",
    "phương án", "phương hướng", "định hướng", "giai đoạn", "hằng năm", "hằng tháng", "hằng quý", "định kỳ",
    "đột xuất", "thường xuyên", "kịp thời", "đúng hạn", "thời gian", "thời hạn", "thời điểm", "trước mắt",
    "lâu dài", "cụ thể", "chủ yếu", "chủ động", "tích cực", "nghiêm túc", "đồng bộ", "toàn diện", "bền vững",
    "phát triển", "tăng trưởng", "kinh tế", "xã hội", "an ninh", "quốc phòng", "trật tự", "an toàn",
    "tồn tại", "hạn chế", "khó khăn", "vướng mắc", "nguyên nhân", "bài học", "kinh nghiệm", "tháo gỡ",
    "khắc phục", "hậu quả", "bổ sung", "điều chỉnh", "sửa đổi", "thay thế", "bãi bỏ", "hoàn thành",
    "hoàn thiện", "tập trung", "đẩy nhanh", "đẩy mạnh", "tăng cường", "nâng cấp", "cải tạo", "sửa chữa",
    "duy tu", "bảo dưỡng", "vận hành", "khai thác", "sử dụng", "thi công", "nghiệm thu", "bàn giao",
    "quyết toán", "thanh toán", "tạm ứng", "giải ngân", "phân bổ", "ngân sách", "nguồn vốn", "sự nghiệp", "đối ứng", "huy động", "lồng ghép", "hỗ trợ", "xi măng", "vật liệu",
    "vật tư", "công trình", "hạng mục", "mặt đường", "nền đường", "kênh mương", "thoát nước", "nước sạch",
    "vệ sinh", "thủy lợi", "thuỷ lợi", "đê điều", "hồ chứa", "trường học", "trạm y", "nhà văn", "sản xuất", "tiêu thụ", "sản phẩm", "hàng hóa", "hàng hoá", "doanh nghiệp", "hợp tác",
    "liên kết", "chuỗi giá", "giá trị", "thu nhập", "bình quân", "hộ nghèo", "cận nghèo", "giảm nghèo",
    "việc làm", "nghề nghiệp", "dạy nghề", "thương mại", "dịch vụ", "tiểu thủ", "thủ công", "làng nghề",
    "điện tử", "số hóa", "số hoá", "chuyển đổi", "cải cách", "một cửa", "liên thông", "trực tuyến",
    "phòng chống", "thiên tai", "tìm kiếm", "cứu nạn", "cứu hộ", "bão lũ", "mưa lũ",
    "ngập lụt", "sạt lở", "hạn hán", "xâm nhập", "dịch bệnh", "ứng phó", "sơ tán", "di dời", "tuyên truyền",
    "vận động", "phong trào", "thi đua", "khen thưởng", "kỷ luật", "kỉ luật", "tuyên dương", "đoàn kết",
    "dân chủ", "cơ sở", "người dân", "cộng đồng", "gia đình", "hộ gia", "cảnh quan", "diện tích",
    "đất đai", "sản lượng", "năng suất", "cây trồng", "vật nuôi", "chăn nuôi", "trồng trọt", "lương thực",
    "thực phẩm", "an sinh", "chính trị", "tư tưởng", "đạo đức", "lối sống", "học tập", "làm theo",
    "chủ nghĩa", "độc lập", "tự do", "hạnh phúc", "cộng hòa", "cộng hoà", "nhân sự",
    "biên chế", "tuyển dụng", "bổ nhiệm", "luân chuyển", "điều động", "nghỉ hưu", "tinh giản", "sắp xếp",
    "sáp nhập", "hợp nhất", "chia tách", "thành lập", "giải thể", "mô hình", "điển hình", "tiên tiến",
    "nhân rộng", "sơ kết", "tổng kết", "tổng thể", "chi tiết", "kinh phí", "dự toán", "chi phí", "tiết kiệm",
    "lãng phí", "tham nhũng", "tiêu cực", "khiếu nại", "tố cáo", "tiếp công", "công dân", "giải quyết",
    "trả lời", "chất vấn", "tiếp thu", "giải trình", "thống nhất", "nhất trí", "biểu quyết", "lấy ý",
    "ghi nhận", "đồng ý", "chấp thuận", "cho phép", "ủy quyền", "uỷ quyền", "thừa lệnh", "thừa ủy", "ký thay",
    "nơi nhận", "lưu trữ", "văn thư", "điện thoại", "thư điện", "địa chỉ", "mật độ", "tỷ lệ", "tỉ lệ",
    "so sánh", "cùng kỳ", "kỳ trước", "năm trước", "tháng trước", "đầu năm", "cuối năm", "lũy kế", "luỹ kế",
};

const std::unordered_set<std::string>& known_pairs() {
  static const std::unordered_set<std::string> pairs(std::begin(kWords), std::end(kWords));
  return pairs;
}

// Small letters, code point by code point (Vietnamese has no special casing):
// "NÔNG" -> "nông", without building an ICU string for each space of a title.
void append_lower(std::string& out, std::string_view syllable) {
  for (size_t i = 0; i < syllable.size();) {
    utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(utf8::decode(syllable, i)))));
  }
}

// A capital, then at least one small letter: "Hà", "Tĩnh", not "UBND" or "A".
bool title_case(std::string_view syllable) {
  size_t i = 0;
  if (!u_isupper(static_cast<UChar32>(utf8::decode(syllable, i)))) return false;
  if (i >= syllable.size()) return false;
  while (i < syllable.size()) {
    if (!u_islower(static_cast<UChar32>(utf8::decode(syllable, i)))) return false;
  }
  return true;
}

}  // namespace

bool one_word(std::string_view first, std::string_view second) {
  if (first.empty() || second.empty() || first.size() > 16 || second.size() > 16) return false;
  if (title_case(first) && title_case(second)) return true;
  std::string key;
  key.reserve(first.size() + 1 + second.size());
  append_lower(key, first);
  key += ' ';
  append_lower(key, second);
  return known_pairs().count(key) > 0;
}

}  // namespace vanban::locale
