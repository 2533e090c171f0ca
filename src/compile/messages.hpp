// Stage: compile.
// Message table of report compilation (the spec, the districts' files, the checks).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kCompileSpecNeeds{"compile.spec_needs", "bản biên soạn thiếu `{}` ({})"};
inline constexpr Message kCompileSpecBadValue{"compile.spec_bad_value", "`{}` phải là {}"};
inline constexpr Message kCompileSpecUnknownKey{"compile.spec_unknown_key", "bản biên soạn không dùng khóa `{}`"};
inline constexpr Message kCompileSpecKinds{"compile.kinds",
                                    "flow (cộng dồn các tháng), stock (số của tháng cuối), plan (kế hoạch năm), "
                                    "ratio (tỷ lệ của hai chỉ tiêu)"};
inline constexpr Message kCompileSpecDuplicate{"compile.spec_duplicate", "`{}` khai báo hai lần"};
inline constexpr Message kCompileSpecUnknownIndicator{"compile.spec_unknown_indicator", "không có chỉ tiêu `{}` trong danh mục"};
inline constexpr Message kCompileSpecRatioOfRatio{"compile.ratio_of_ratio",
                                           "tỷ lệ `{}` phải tính từ hai chỉ tiêu không phải tỷ lệ, `{}` là tỷ lệ"};
inline constexpr Message kCompilePatternNoMonth{"compile.pattern_no_month", "mẫu tên tệp `{}` cần `{{thang}}`"};
inline constexpr Message kCompilePatternOutside{"compile.pattern_outside",
                                         "mẫu tên tệp `{}` ra ngoài thư mục của bản biên soạn"};
inline constexpr Message kCompileNoFiles{"compile.no_files", "không có tệp nào khớp `{}` trong `{}`"};
inline constexpr Message kCompileBadMonth{"compile.bad_month", "tên tệp `{}` ghi một tháng không có thật"};
inline constexpr Message kCompileUnknownDistrict{"compile.unknown_district",
                                          "không có đơn vị `{}` trong danh sách đơn vị của bản biên soạn"};
inline constexpr Message kCompileNoDistrictColumn{"compile.no_district_column", "dòng không có cột đơn vị `{}`"};
inline constexpr Message kCompileDistrictMismatch{"compile.district_mismatch",
                                           "tệp của `{}` (theo tên thư mục/tệp) nhưng dòng ghi đơn vị `{}`"};
inline constexpr Message kCompileUnknownIndicator{"compile.unknown_indicator", "cột `{}` không phải chỉ tiêu nào trong danh mục"};
inline constexpr Message kCompileUnitMismatch{"compile.unit_mismatch",
                                       "cột `{}` ghi đơn vị `{}`, nhưng danh mục tính `{}` bằng `{}`"};
inline constexpr Message kCompileNotNumber{"compile.not_number", "`{}` của {} tháng {} phải là số, nhưng là `{}`"};
inline constexpr Message kCompileRatioInFile{"compile.ratio_in_file",
                                      "cột `{}` là tỷ lệ: vanban tự tính từ `{}` và `{}`, không nhận từ tệp"};
inline constexpr Message kCompileDuplicateReport{"compile.duplicate_report", "số liệu của {} tháng {} có hai lần"};
inline constexpr Message kCompileFirstReport{"compile.first_report", "lần đầu ở đây"};
inline constexpr Message kCompileMissingMonths{"compile.missing_months", "thiếu số liệu {} của {}: tháng {}"};
inline constexpr Message kCompileMissingHint{"compile.missing_hint",
                                      "nếu được phép thiếu, ghi vào `cho_phep_thieu` của bản biên soạn, ví dụ "
                                      "`cho_phep_thieu: [{{don_vi: {}, thang: [{}]}}]`"};
inline constexpr Message kCompileMissingValue{"compile.missing_value", "không có số liệu `{}` ({}) của {} trong kỳ"};
inline constexpr Message kCompileTooLarge{"compile.number_too_large",
                                          "`{}` của {}: số quá lớn để tính chính xác (quá 38 chữ số, kể cả các chữ số thập phân)"};
inline constexpr Message kCompileCumulativeDown{"compile.cumulative_down",
                                         "lũy kế `{}` của {} giảm từ {} (tháng {}) xuống {} (tháng {})"};
inline constexpr Message kCompileTooManyRows{"compile.too_many_rows", "tệp riêng của {} có {} dòng số liệu, cần một"};
inline constexpr Message kCompileYamlRows{"compile.yaml_rows",
                                   "tệp YAML số liệu phải là các cặp `chỉ_tiêu: số` hoặc `dong: [ … ]`"};

}  // namespace vanban::msg
