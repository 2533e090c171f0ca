// Stage: cli.
// Message table of the e-office outputs of the command line: the arrivals grid (`compile --status`), the metadata files.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kStatusTitle{"cli.status_title", "Số liệu đã nhận — {} ({})"};
inline constexpr Message kStatusUnit{"cli.status_unit", "Đơn vị"};
inline constexpr Message kStatusMonth{"cli.status_month", "Tháng"};
inline constexpr Message kStatusMonthN{"cli.status_month_n", "Tháng {}"};
inline constexpr Message kStatusArrived{"cli.status_arrived", "đã nhận"};
inline constexpr Message kStatusMissing{"cli.status_missing", "thiếu"};
inline constexpr Message kStatusAllowed{"cli.status_allowed", "được phép thiếu"};
inline constexpr Message kStatusErrors{"cli.status_errors", "có {} lỗi"};
inline constexpr Message kStatusLegend{"cli.status_legend",
                                       "Ký hiệu: ✓ đã nhận   ✗ thiếu   – được phép thiếu (cho_phep_thieu)   "
                                       "!N có N lỗi (xem dưới)"};
inline constexpr Message kStatusSummary{"cli.status_summary",
                                        "Đã nhận {}/{}; thiếu {}; được phép thiếu {}; có lỗi {}; lỗi khác {}"};
inline constexpr Message kStatusComplete{"cli.status_complete", "Đủ số liệu để tổng hợp."};
inline constexpr Message kStatusIncomplete{"cli.status_incomplete", "Chưa tổng hợp được: còn thiếu hoặc có lỗi."};
inline constexpr Message kStatusErrorsHeading{"cli.status_errors_heading", "Lỗi (lỗi đầu tiên của mỗi ô; đủ cả ở trên stderr):"};
inline constexpr Message kStatusCellErrors{"cli.status_cell_errors", "{}, tháng {} ({} lỗi): {}"};
inline constexpr Message kStatusOther{"cli.status_other", "Lỗi khác"};
inline constexpr Message kStatusSheet{"cli.status_sheet", "Số liệu đã nhận"};
inline constexpr Message kStatusBadOutput{"cli.status_bad_output",
                                          "`--status -o {}`: bảng ghi ra tệp .csv hoặc .xlsx"};
inline constexpr Message kWroteMetadata{"cli.wrote_metadata", "đã ghi {} và {} (siêu dữ liệu cho văn bản điện tử)"};
inline constexpr Message kStatusWrote{"cli.status_wrote", "đã ghi {}"};

}  // namespace vanban::msg
