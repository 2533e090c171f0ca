bí mật
