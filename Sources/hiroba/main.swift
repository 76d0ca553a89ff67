import HirobaCLI

HirobaCommand.runAndExit()
