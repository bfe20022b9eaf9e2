print("kyiln")
