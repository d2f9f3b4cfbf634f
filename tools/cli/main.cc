#include "cli.h"

int main(int argc, char** argv) { return teipress::RunCli(argc, argv); }
