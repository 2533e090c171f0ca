// Stage: compile.
// Message table of report compilation (the spec, the districts' files, the checks).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kCompileSpecNeeds{"compile.spec_needs", "bản biên soạn thiếu `{}` ({})",
                                    "the compile spec lacks `{}` ({})"};
inline constexpr Message kCompileSpecBadValue{"compile.spec_bad_value", "`{}` phải là {}", "`{}` must be {}"};
inline constexpr Message kCompileSpecUnknownKey{"compile.spec_unknown_key", "bản biên soạn không dùng khóa `{}`",
                                         "the compile spec has no key `{}`"};
inline constexpr Message kCompileSpecKinds{"compile.kinds",
                                    "flow (cộng dồn các tháng), stock (số của tháng cuối), plan (kế hoạch năm), "
                                    "ratio (tỷ lệ của hai chỉ tiêu)",
                                    "flow (summed over months), stock (the latest month), plan (annual target), "
                                    "ratio (of two indicators)"};
inline constexpr Message kCompileSpecDuplicate{"compile.spec_duplicate", "`{}` khai báo hai lần", "`{}` is declared twice"};
inline constexpr Message kCompileSpecUnknownIndicator{"compile.spec_unknown_indicator", "không có chỉ tiêu `{}` trong danh mục",
                                               "no indicator `{}` in the catalogue"};
inline constexpr Message kCompileSpecRatioOfRatio{"compile.ratio_of_ratio",
                                           "tỷ lệ `{}` phải tính từ hai chỉ tiêu không phải tỷ lệ, `{}` là tỷ lệ",
                                           "ratio `{}` must use two indicators that are not ratios; `{}` is one"};
inline constexpr Message kCompilePatternNoMonth{"compile.pattern_no_month", "mẫu tên tệp `{}` cần `{{thang}}`",
                                         "the file pattern `{}` needs `{{thang}}`"};
inline constexpr Message kCompilePatternOutside{"compile.pattern_outside",
                                         "mẫu tên tệp `{}` ra ngoài thư mục của bản biên soạn",
                                         "the file pattern `{}` leaves the spec's folder"};
inline constexpr Message kCompileNoFiles{"compile.no_files", "không có tệp nào khớp `{}` trong `{}`",
                                  "no file matches `{}` in `{}`"};
inline constexpr Message kCompileBadMonth{"compile.bad_month", "tháng `{}` trong tên tệp không có thật",
                                   "month `{}` in the file name does not exist"};
inline constexpr Message kCompileUnknownDistrict{"compile.unknown_district",
                                          "không có đơn vị `{}` trong danh sách đơn vị của bản biên soạn",
                                          "no unit `{}` in the spec's list of units"};
inline constexpr Message kCompileNoDistrictColumn{"compile.no_district_column", "dòng không có cột đơn vị `{}`",
                                           "the row has no unit column `{}`"};
inline constexpr Message kCompileDistrictMismatch{"compile.district_mismatch",
                                           "tệp của `{}` (theo tên thư mục/tệp) nhưng dòng ghi đơn vị `{}`",
                                           "the file is `{}`'s (by its path) but the row names `{}`"};
inline constexpr Message kCompileUnknownIndicator{"compile.unknown_indicator", "cột `{}` không phải chỉ tiêu nào trong danh mục",
                                           "column `{}` is no indicator of the catalogue"};
inline constexpr Message kCompileUnitMismatch{"compile.unit_mismatch",
                                       "cột `{}` ghi đơn vị `{}`, nhưng danh mục tính `{}` bằng `{}`",
                                       "column `{}` is in `{}`, but the catalogue counts `{}` in `{}`"};
inline constexpr Message kCompileNotNumber{"compile.not_number", "`{}` của {} tháng {} phải là số, nhưng là `{}`",
                                    "`{}` of {} for month {} must be a number, but is `{}`"};
inline constexpr Message kCompileRatioInFile{"compile.ratio_in_file",
                                      "cột `{}` là tỷ lệ: vanban tự tính từ `{}` và `{}`, không nhận từ tệp",
                                      "column `{}` is a ratio: vanban computes it from `{}` and `{}`"};
inline constexpr Message kCompileDuplicateReport{"compile.duplicate_report", "số liệu của {} tháng {} có hai lần",
                                          "the figures of {} for month {} appear twice"};
inline constexpr Message kCompileFirstReport{"compile.first_report", "lần đầu ở đây", "first given here"};
inline constexpr Message kCompileMissingMonths{"compile.missing_months", "thiếu số liệu {} của {}: tháng {}",
                                        "figures of {} of {} are missing: month {}"};
inline constexpr Message kCompileMissingHint{"compile.missing_hint",
                                      "nếu được phép thiếu, ghi vào `cho_phep_thieu` của bản biên soạn, ví dụ "
                                      "`cho_phep_thieu: [{{don_vi: {}, thang: [{}]}}]`",
                                      "if allowed, list it under `cho_phep_thieu`: `[{{don_vi: {}, thang: [{}]}}]`"};
inline constexpr Message kCompileMissingValue{"compile.missing_value", "không có số liệu `{}` ({}) của {} trong kỳ",
                                       "no figure `{}` ({}) of {} in the period"};
inline constexpr Message kCompileTooLarge{"compile.number_too_large",
                                          "`{}` của {}: số quá lớn để tính chính xác (quá 38 chữ số, kể cả các chữ số thập phân)",
                                          "`{}` of {}: the number is too large to compute exactly (over 38 digits, decimals included)"};
inline constexpr Message kCompileCumulativeDown{"compile.cumulative_down",
                                         "lũy kế `{}` của {} giảm từ {} (tháng {}) xuống {} (tháng {})",
                                         "cumulative `{}` of {} goes down from {} (month {}) to {} (month {})"};
inline constexpr Message kCompileTooManyRows{"compile.too_many_rows", "tệp riêng của {} có {} dòng số liệu, cần một",
                                      "the file of {} has {} rows of figures, one is expected"};
inline constexpr Message kCompileYamlRows{"compile.yaml_rows",
                                   "tệp YAML số liệu phải là các cặp `chỉ_tiêu: số` hoặc `dong: [ … ]`",
                                   "a YAML figures file holds `indicator: number` pairs or `dong: [ … ]`"};

}  // namespace vanban::msg
