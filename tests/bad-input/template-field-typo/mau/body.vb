Có {{ so_xa | default(0) }} xã.
