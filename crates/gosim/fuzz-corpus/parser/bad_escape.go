package main
var _ = '\U00110000'
