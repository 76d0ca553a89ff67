import HirobaCLI
HirobaCommand.main()
