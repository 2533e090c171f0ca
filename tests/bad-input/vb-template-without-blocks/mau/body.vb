Nội dung cố định./.
