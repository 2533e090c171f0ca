{% extends "thong-bao" %}
