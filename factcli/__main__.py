from factcli.interfaces.console import main

main()
