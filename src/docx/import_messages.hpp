// Stage: docx (import).
// Message table of `vanban import`: what a .docx draft cannot be, and what it holds that a vanban document cannot.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kDocxNotZip{
    "docx.not_zip", "không đọc được tệp Word: tệp không phải .docx (không phải gói zip của Word 2007 trở về sau)"};
inline constexpr Message kDocxIsDoc{
    "docx.is_doc", "đây là tệp Word 97-2003 (.doc), không phải .docx"};
inline constexpr Message kDocxIsDocHint{
    "docx.is_doc_hint", "mở tệp trong Word hoặc LibreOffice, chọn Lưu thành… → Word Document (.docx), rồi nhập tệp mới"};
inline constexpr Message kDocxEncrypted{
    "docx.encrypted", "tệp Word được đặt mật khẩu (mã hóa): không đọc được nội dung"};
inline constexpr Message kDocxEncryptedHint{
    "docx.encrypted_hint", "mở tệp trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu: để trống), lưu lại rồi nhập"};
inline constexpr Message kDocxIsOdt{
    "docx.is_odt", "đây là tệp OpenDocument ({}), không phải .docx"};
inline constexpr Message kDocxIsOdtHint{
    "docx.is_odt_hint", "trong LibreOffice: Tệp → Lưu thành… → Word 2007-365 (.docx), rồi nhập tệp mới"};
inline constexpr Message kDocxNoDocument{
    "docx.no_document", "tệp .docx hỏng: không có phần nội dung `word/document.xml`"};
inline constexpr Message kDocxTooBig{"docx.too_big", "tệp Word giải nén ra quá {} MiB (có thể là bom zip)"};
inline constexpr Message kDocxBadXml{"docx.bad_xml", "tệp .docx hỏng: phần `{}` không phải XML hợp lệ ({})"};
inline constexpr Message kDocxDoctype{
    "docx.doctype", "tệp .docx có khai báo DTD trong phần `{}`: Word không bao giờ viết như vậy, tệp bị từ chối (bom thực thể XML)"};
inline constexpr Message kDocxTrackedChanges{
    "docx.tracked_changes", "văn bản còn {} thay đổi được theo dõi (Track Changes) chưa xử lý, đầu tiên ở đoạn {}"};
inline constexpr Message kDocxTrackedChangesHint{
    "docx.tracked_changes_hint",
    "trong Word: Xem lại → Chấp nhận (hoặc Từ chối) tất cả thay đổi, lưu rồi nhập lại; hoặc thêm --accept-changes để nhận mọi thay đổi"};
inline constexpr Message kDocxTooDeep{"docx.too_deep", "tệp .docx lồng bảng, khung quá {} cấp"};
inline constexpr Message kDocxImage{"docx.image", "đoạn {} (“{}”) có hình ảnh hoặc hình vẽ: không chuyển được, đã bỏ qua"};
inline constexpr Message kDocxTextBox{"docx.text_box", "đoạn {} (“{}”) có hộp văn bản (text box): chữ trong hộp đã bỏ qua"};
inline constexpr Message kDocxComment{"docx.comment", "đoạn {} (“{}”) có nhận xét (comment): đã bỏ qua"};
inline constexpr Message kDocxField{"docx.field", "đoạn {} (“{}”) có trường `{}`: chỉ giữ chữ đang hiển thị"};
inline constexpr Message kDocxNoHeader{
    "docx.no_header", "không tìm thấy bảng phần đầu (cơ quan ban hành | Quốc hiệu) ở đầu văn bản: các trường phần đầu để trống"};
inline constexpr Message kDocxNoType{
    "docx.no_type", "không nhận ra tên loại văn bản (đoạn {} “{}”): dùng loại `{}`"};
inline constexpr Message kDocxMissingField{"docx.missing_field", "không tìm thấy {} trong bản thảo: điền `{}` trước khi in"};
inline constexpr Message kDocxTotalMismatch{
    "docx.total_mismatch", "bảng {}: dòng `{}` ghi {} ở cột `{}`, nhưng cộng các dòng được {}; vanban in tổng đã cộng"};
inline constexpr Message kDocxNestedTable{"docx.nested_table",
                                          "bảng ở đoạn {} có bảng lồng bên trong: chỉ giữ chữ của nó"};
inline constexpr Message kDocxAfterClosing{
    "docx.after_closing", "đoạn {} (“{}”) sau phần ký không thuộc phụ lục nào: đã bỏ qua"};
inline constexpr Message kDocxRaggedTable{
    "docx.ragged_table", "bảng {} có dòng {} gồm {} cột, khác {} cột của tiêu đề: chuyển thành các đoạn văn"};

}  // namespace vanban::msg
