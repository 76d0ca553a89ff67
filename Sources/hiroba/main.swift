import HirobaCLI

HirobaCommand.run()
