print("shipwatch")
