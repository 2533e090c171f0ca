Ghi chú: {{ ghi_chu }}

**1. {{ ghi_chu }}**
