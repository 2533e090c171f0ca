Vốn sự nghiệp đạt {{ ratio(giai_ngan, ke_hoach, 1) }}%.
