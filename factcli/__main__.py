from factcli.interfaces.entry import main

main()
