Tệp của người dùng, không được ghi đè.
