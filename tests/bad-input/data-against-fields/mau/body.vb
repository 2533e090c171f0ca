Số {{ so }}
