package main
/*
