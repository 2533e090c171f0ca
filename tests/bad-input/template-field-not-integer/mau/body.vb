Có {{ so_xa }} xã.
